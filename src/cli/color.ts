/**
 * Color for stderr messages (stdout is never colored). The only module that imports chalk. The decision,
 * first match wins (docs/cli-conventions §5): --color never|always; FORCE_COLOR (0/false off, 1–3 a level,
 * anything else on); NO_COLOR non-empty → off; TERM=dumb → off; otherwise on when stderr is a TTY.
 * chalk's own detection is not used: it ignores NO_COLOR and follows stdout, not stderr.
 */
import chalk from 'chalk';

export type ColorMode = 'auto' | 'always' | 'never';
export type ColorLevel = 0 | 1 | 2 | 3;

/** The color level for stderr. */
export function colorLevel(mode: ColorMode, env: Readonly<Record<string, string | undefined>>, stderrIsTTY: boolean): ColorLevel {
  if (mode === 'never') return 0;
  const forced = forceColorLevel(env['FORCE_COLOR']);
  if (mode === 'always') return forced === null || forced === 0 ? 1 : forced;
  if (forced !== null) return forced;
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return 0;
  if (env['TERM'] === 'dumb') return 0;
  return stderrIsTTY ? 1 : 0;
}

/** FORCE_COLOR as chalk reads it; null when unset or empty. */
function forceColorLevel(value: string | undefined): ColorLevel | null {
  if (value === undefined || value === '') return null;
  if (value === '0' || value === 'false') return 0;
  if (value === '1' || value === '2' || value === '3') return Number(value) as ColorLevel;
  return 1;
}

/** The few styles winnow's messages use. */
export interface Palette {
  error(text: string): string;
  warning(text: string): string;
  dim(text: string): string;
}

/** Styles at a fixed level; level 0 returns text unchanged. */
export function makePalette(level: ColorLevel): Palette {
  const c = new chalk.Instance({ level });
  return { error: (t) => c.red(t), warning: (t) => c.yellow(t), dim: (t) => c.dim(t) };
}
