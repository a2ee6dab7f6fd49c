/**
 * The README's options section, generated from the flag table so the two never drift apart
 * (scripts/readme-options.mjs writes it; tests/docs/readme.test.ts checks it is current).
 */
import { FLAGS, FLAG_GROUPS, type FlagDef } from './flags';

export const OPTIONS_BEGIN = '<!-- options:begin (generated from src/cli/flags.ts by `node scripts/readme-options.mjs`) -->';
export const OPTIONS_END = '<!-- options:end -->';

function flagCell(f: FlagDef): string {
  const names = [f.short ? `-${f.short}` : null, `--${f.long}`].filter(Boolean).join(', ');
  return `\`${names}${f.value ? ` ${f.value}` : ''}\``;
}

function describe(f: FlagDef): string {
  const extras = [f.choices ? `one of ${f.choices.map((c) => `\`${c}\``).join(', ')}` : null, f.defaultValue !== undefined ? `default \`${f.defaultValue}\`` : null]
    .filter(Boolean).join('; ');
  return (extras ? `${f.description} (${extras})` : f.description).replace(/\|/g, '\\|');
}

/** Markdown tables of every flag, one per help group, between the two marker comments. */
export function optionsMarkdown(): string {
  const sections = FLAG_GROUPS.map((group) => {
    const rows = FLAGS.filter((f) => f.group === group).map((f) => `| ${flagCell(f)} | ${describe(f)} |`);
    return [`**${group}**`, '', '| option | meaning |', '| --- | --- |', ...rows].join('\n');
  });
  return [OPTIONS_BEGIN, ...sections.flatMap((s) => [s, '']), OPTIONS_END].join('\n');
}

/** README text with its options section replaced by the current one. */
export function withOptionsSection(readme: string): string {
  const start = readme.indexOf(OPTIONS_BEGIN);
  const end = readme.indexOf(OPTIONS_END);
  if (start < 0 || end < start) throw new Error('README has no options markers');
  return readme.slice(0, start) + optionsMarkdown() + readme.slice(end + OPTIONS_END.length);
}
