import { Command } from 'commander';
import { FLAGS, FLAG_GROUPS, NORMALIZE_COMMAND_FLAGS } from '../../../src/cli/flags';
import { buildProgram } from '../../../src/cli/program';

function program(): Command {
  const noop = async (): Promise<void> => undefined;
  return buildProgram('winnow 0.0.0 (node v0)', { extract: noop, normalize: noop, profile: noop }, { writeOut: () => undefined, writeErr: () => undefined });
}

describe('flag table', () => {
  test('every entry is complete: long name, description, known group; shorts are unique', () => {
    for (const flag of [...FLAGS, ...NORMALIZE_COMMAND_FLAGS]) {
      expect(flag.long).toMatch(/^[a-z][a-z0-9-]+$/);
      expect(flag.description.length).toBeGreaterThan(10);
      expect(FLAG_GROUPS).toContain(flag.group);
      if (flag.choices) expect(flag.value).toBeDefined();
    }
    const shorts = FLAGS.flatMap((f) => (f.short ? [f.short] : []));
    expect(new Set(shorts).size).toBe(shorts.length);
  });

  test('the commander program has exactly the table\'s options, in group order, plus help and version', () => {
    const longs = program().options.map((o) => o.long);
    expect(longs).toEqual([...FLAG_GROUPS.flatMap((g) => FLAGS.filter((f) => f.group === g).map((f) => `--${f.long}`)), '--version']);
  });

  test('help shows the four groups and leads with examples', () => {
    let out = '';
    const p = program().configureOutput({ writeOut: (t) => { out += t; } });
    expect(() => p.parse(['node', 'winnow', '--help'])).toThrow();
    expect(out.indexOf('Examples:')).toBeLessThan(out.indexOf('Usage:'));
    for (const group of FLAG_GROUPS) expect(out).toContain(`\n${group}:\n`);
  });

  test('the normalize subcommand is registered with its options', () => {
    const normalize = program().commands.find((c) => c.name() === 'normalize');
    expect(normalize?.options.map((o) => o.long)).toEqual(['--normalize', '--lang', '--digits']);
  });
});
