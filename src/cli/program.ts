/** Builds the commander program from the flag table (flags.ts). No logic: actions are handed in. */
import { Command, Option } from 'commander';
import { FLAGS, FLAG_GROUPS, HELP_INTRO, HELP_NOTES, NORMALIZE_COMMAND_FLAGS, type FlagDef } from './flags';

/** Raw flag values as commander parsed them (camelCased long names). */
export type RawFlags = Readonly<Record<string, unknown>>;

export interface ProgramActions {
  /** The default command: extract from INPUT operands. */
  extract(operands: string[], flags: RawFlags): Promise<void>;
  /** `winnow normalize [FILE...]`. */
  normalize(files: string[], flags: RawFlags): Promise<void>;
  /** `winnow profile learn|merge|show …`: its own small parser (src/cli/profile-command.ts) reads the words. */
  profile(args: string[]): Promise<void>;
}

export interface ProgramOutput {
  writeOut(text: string): void;
  writeErr(text: string): void;
}

/** commander syntax for one table entry: `-o, --output <FILE>`. */
export function flagSyntax(flag: FlagDef): string {
  const long = `--${flag.long}${flag.value ? ` <${flag.value}>` : ''}`;
  return flag.short ? `-${flag.short}, ${long}` : long;
}

function toOption(flag: FlagDef): Option {
  const option = new Option(flagSyntax(flag), flag.description).helpGroup(`${flag.group}:`);
  if (flag.choices) option.choices(flag.choices);
  if (flag.defaultValue !== undefined) option.default(flag.defaultValue);
  return option;
}

/** The whole command line: default command with operands, plus the `normalize` subcommand. */
export function buildProgram(version: string, actions: ProgramActions, output: ProgramOutput): Command {
  const program = new Command('winnow')
    .usage('[options] [INPUT...]\n       winnow normalize [options] [FILE...]\n       winnow profile learn|merge|show [options] …')
    .argument('[INPUT...]', 'files, directories, quoted globs, or - for stdin')
    .configureOutput({
      writeOut: output.writeOut,
      writeErr: output.writeErr,
      // commander says "error: …"; winnow's stderr lines all start with "winnow: ".
      outputError: (text, write) => write(text.replace(/^error: /, 'winnow: ')),
    })
    .showHelpAfterError("Try 'winnow --help' for the options.")
    .exitOverride()
    // Program options end where a subcommand starts, so `winnow profile merge … -o all.json` keeps its -o.
    .enablePositionalOptions()
    .helpCommand(false)
    .addHelpText('before', HELP_INTRO)
    .addHelpText('after', HELP_NOTES);

  const ordered = FLAG_GROUPS.flatMap((group) => FLAGS.filter((flag) => flag.group === group));
  for (const flag of ordered) program.addOption(toOption(flag));
  program.optionsGroup('Messages:');
  program.helpOption('-h, --help', 'show this help');
  program.version(version, '--version', 'print the version and exit');
  program.action((operands: string[], flags: RawFlags) => actions.extract(operands, flags));

  const normalize = program.command('normalize')
    .description('normalize Persian/Arabic text from FILEs (or stdin) and print it')
    .argument('[FILE...]', 'text files; stdin when none');
  for (const flag of NORMALIZE_COMMAND_FLAGS) normalize.addOption(toOption(flag).helpGroup('Options:'));
  normalize.action((files: string[], flags: RawFlags) => actions.normalize(files, flags));

  program.command('profile')
    .description('learn, merge or show site profiles (winnow profile --help)')
    .argument('[ARGS...]', 'learn INPUT... | merge PROFILE... | show PROFILE')
    .helpOption(false)
    .passThroughOptions()
    .allowUnknownOption()
    .allowExcessArguments()
    .action((args: string[]) => actions.profile(args));
  return program;
}
