/**
 * The one flag table: it drives the commander program (program.ts), `--help`, and the option types
 * (cli-options.ts). Data only: no commander import, so tests and docs can read it cheaply.
 */

export type FlagGroup = 'Input' | 'Output' | 'Extraction' | 'Batch' | 'Messages';

export interface FlagDef {
  /** Long name without dashes (`output-dir`); commander stores it camelCased (`outputDir`). */
  readonly long: string;
  /** One-character short form, if the flag is frequent enough to deserve one. */
  readonly short?: string;
  /** Placeholder for the flag's value (`FILE`); absent for booleans. */
  readonly value?: string;
  /** The only values accepted (checked by commander, a bad one is a usage error). */
  readonly choices?: readonly string[];
  /** Default shown in --help and applied when the flag is absent (value flags only). */
  readonly defaultValue?: string;
  readonly description: string;
  readonly group: FlagGroup;
}

/** Help section order. */
export const FLAG_GROUPS: readonly FlagGroup[] = ['Input', 'Output', 'Extraction', 'Batch', 'Messages'];

export const FORMAT_CHOICES = ['text', 'html'] as const;
export const NORMALIZE_CHOICES = ['none', 'basic', 'full'] as const;
export const COLOR_CHOICES = ['auto', 'always', 'never'] as const;
export const DIGIT_CHOICES = ['latin', 'persian'] as const;

export const FLAGS: readonly FlagDef[] = [
  { long: 'ndjson', group: 'Input',
    description: 'read stdin and file operands as NDJSON records {"id","html"|"text","url"}, line by line (.ndjson/.jsonl files always are)' },
  { long: 'paths-from', value: 'FILE', group: 'Input',
    description: 'also read input names from FILE, one per line (- = stdin); names are literal, not globs' },
  { long: 'null', short: '0', group: 'Input',
    description: 'with --paths-from: names are NUL-separated (find -print0)' },
  { long: 'format', value: 'FORMAT', choices: FORMAT_CHOICES, group: 'Input',
    description: 'treat every input as FORMAT instead of detecting it from the content' },
  { long: 'encoding', value: 'LABEL', group: 'Input',
    description: 'decode byte inputs as LABEL (WHATWG name, e.g. windows-1256); a BOM still wins' },
  { long: 'max-bytes', value: 'N', group: 'Input',
    description: 'inputs (and NDJSON lines) larger than N bytes fail with E_TOO_LARGE (default 20000000)' },

  { long: 'output', short: 'o', value: 'FILE', group: 'Output',
    description: 'write all output to FILE, which appears complete when the run ends (- = stdout)' },
  { long: 'output-dir', value: 'DIR', group: 'Output',
    description: 'write one .json file per input under DIR, mirroring input paths (.jsonl for NDJSON inputs)' },
  { long: 'pretty', group: 'Output',
    description: 'indented JSON for reading (no longer JSON Lines)' },
  { long: 'events', group: 'Output',
    description: 'write {"type","data"} events instead of bare records: document (with diagnostics and removed blocks), error, summary' },

  { long: 'no-entities', group: 'Extraction',
    description: 'skip named-entity recognition (entities is [])' },
  { long: 'normalize', value: 'LEVEL', choices: NORMALIZE_CHOICES, group: 'Extraction',
    description: 'text normalization level (default: by language, full for Persian)' },
  { long: 'digits', value: 'SCRIPT', choices: DIGIT_CHOICES, group: 'Extraction',
    description: 'write every digit in one script in title, lead and body (default: as written)' },
  { long: 'entity-types', value: 'TYPES', group: 'Extraction',
    description: 'only these entity types, comma-separated: PERSON, ORGANIZATION, LOCATION (default: all)' },
  { long: 'profile', value: 'FILE', group: 'Extraction',
    description: 'use the site profile FILE (from `winnow profile learn`) as evidence of each site\'s template' },
  { long: 'site', value: 'NAME', group: 'Extraction',
    description: 'treat every input as a page of site NAME (a host such as tasnimnews.com) instead of finding it' },
  { long: 'no-auto-profile', group: 'Extraction',
    description: 'do not learn site templates from the run itself (by default a run with 20+ pages of a site does, in a first pass)' },

  { long: 'jobs', short: 'j', value: 'N', group: 'Batch',
    description: 'extract N documents at a time on worker threads (default: 0 = one per CPU); output order and bytes do not depend on N' },
  { long: 'timeout-ms', value: 'MS', group: 'Batch',
    description: 'a document still being extracted after MS milliseconds fails with E_TIMEOUT and the run goes on (default 5000; 0 = no limit)' },
  { long: 'skip-existing', group: 'Batch',
    description: 'with --output-dir: skip inputs whose output file already exists (resume an interrupted run)' },

  { long: 'quiet', short: 'q', group: 'Messages',
    description: 'no warnings, no progress and no summary; errors are still printed' },
  { long: 'no-progress', group: 'Messages',
    description: 'no progress line (it is only drawn when stderr is a terminal)' },
  { long: 'verbose', group: 'Messages',
    description: 'per input: format, encoding, replacements, kept blocks, time' },
  { long: 'debug', group: 'Messages',
    description: 'like --verbose, plus the resolved options and stack traces of internal errors' },
  { long: 'explain', group: 'Messages',
    description: 'per document: every removed block and the reason, on stderr' },
  { long: 'stats', group: 'Messages',
    description: 'print the run summary as one JSON line on stderr (inputs, records, failures by code, time, docs/s)' },
  { long: 'color', value: 'WHEN', choices: COLOR_CHOICES, defaultValue: 'auto', group: 'Messages',
    description: 'color stderr messages (auto: stderr is a terminal, NO_COLOR unset, TERM not dumb; FORCE_COLOR forces)' },
];

/** Options of `winnow normalize`. */
export const NORMALIZE_COMMAND_FLAGS: readonly FlagDef[] = [
  { long: 'normalize', value: 'LEVEL', choices: NORMALIZE_CHOICES, group: 'Extraction',
    description: 'normalization level (default: by language, full for Persian)' },
  { long: 'lang', value: 'LANG', group: 'Extraction',
    description: 'language of the text (fa, ar, en…); detected when absent' },
  { long: 'digits', value: 'SCRIPT', choices: DIGIT_CHOICES, group: 'Extraction',
    description: 'write every digit in one script (default: as written)' },
];

/** The first lines of --help: what winnow does and how it is used most. */
export const HELP_INTRO = `winnow: separate the article from the boilerplate in scraped news pages and text dumps,
and print one JSON record per article (JSON Lines on stdout).

Examples:
  winnow page.html                                  one record on stdout
  winnow 'dumps/**/*.txt' --output-dir out/          a mirrored tree of .json files
  find dumps -name '*.html' -print0 | winnow -0 --paths-from -
  cat crawl.jsonl | winnow --ndjson > records.jsonl
  winnow -j 4 dumps/ --output-dir out/ --skip-existing  resume a batch, 4 at a time
`;

/** The last lines of --help: behaviour worth knowing before scripting winnow. */
export const HELP_NOTES = `
Inputs: files, directories (walked for .txt .text .html .htm, also .gz), quoted globs, - for stdin.
Stdin is one document unless --ndjson. Operands run in the order given; what a directory or a glob
expands to runs in bytewise-sorted order; repeated inputs run once. Files named "normalize" or
"profile" need ./ in front. Site profiles: winnow profile learn|merge|show (winnow profile --help).
Progress and a one-line summary go to stderr only when it is a terminal (the summary also with --verbose).
Exit status: 0 all inputs extracted; 1 some input failed (each named on stderr with its E_ code);
2 usage error; 130 interrupted.`;
