/**
 * Learning pass over a run's inputs: the automatic mode's first pass and `winnow profile learn`.
 * Memory holds the learner's counts only (one document at a time is read, observed and dropped), and the
 * profile is the same for the same inputs whatever the worker count: counts add up commutatively.
 */
import type { InputList, InputSource } from '../io/find-inputs';
import { scanInputs, type InputScan } from '../io/input-scan';
import { resolveExtractOptions, type ExtractOptions } from '../options';
import type { WinnowError } from '../types';
import type { Task, TaskResult, TaskSettings } from '../workers/protocol';
import { readJobs } from '../workers/read-jobs';
import { ProfileLearner, DEFAULT_LIMITS, type LearnerLimits } from './learner';
import type { Profile } from './profile';
import { LEARN } from './thresholds';

export interface LearnResult {
  /** Sites with at least `minPages` pages. */
  readonly profile: Profile;
  /** Documents observed per site (all sites, including those under `minPages`), sorted by name. */
  readonly pagesBySite: ReadonlyMap<string, number>;
  /** Documents that named no site (nothing learned from them). */
  readonly unnamed: number;
  /** Documents that could not be read or decoded: they fail again, and are reported, in the extracting pass. */
  readonly failures: ReadonlyArray<{ readonly where: string; readonly error: WinnowError }>;
  /** Sites dropped to keep the learner within its memory budget. */
  readonly droppedSites: readonly string[];
}

/** Runs learning-pass tasks (settings.observe): a worker pool, or this thread. */
export interface ObserveRunner {
  /** How many tasks may be in flight at once. */
  readonly capacity: number;
  run(task: Task): Promise<TaskResult>;
}

export interface LearnOptions {
  readonly extract?: Partial<ExtractOptions>;
  /** Sites with fewer documents are left out of the profile (automatic mode: LEARN.autoMinPages). */
  readonly minPages?: number;
  readonly limits?: LearnerLimits;
  /** Learn from at most this many documents: file inputs evenly spaced over the run, then a cap on the
   *  documents read (NDJSON streams). Absent: every document. */
  readonly maxDocuments?: number;
  /** How many inputs there are (InputScan.total), for the spacing; counted in a pass of its own when absent. */
  readonly inputCount?: number;
  /** Where documents are observed: the CLI passes a worker pool started in observe mode. Absent: this
   *  thread, one document at a time. */
  readonly runner?: ObserveRunner;
}

/** The settings of a learning pass's tasks, for a runner of its own (a worker pool). */
export function observeSettings(extract: Partial<ExtractOptions> = {}): TaskSettings {
  // Observing stops before the entity stage: entities off, so workers do not load the entity model.
  return { extract: resolveExtractOptions({ ...extract, entities: false }), pretty: false, events: false, keepRemoved: false, observe: true };
}

/** Reads every input once and counts its blocks per site. Documents are observed in parallel when the
 *  runner allows, and their observations are counted in input order, so the profile does not depend on the
 *  number of workers. stdin cannot be read twice: callers that want a second pass over the same inputs
 *  must not include it (see wantsAutoProfile). */
export async function learnFromInputs(
  inputs: InputList,
  stdin: AsyncIterable<Uint8Array>,
  options: LearnOptions = {},
): Promise<LearnResult> {
  const learner = new ProfileLearner(options.limits ?? DEFAULT_LIMITS);
  const settings = observeSettings(options.extract);
  const runner = options.runner ?? await inThisThread(settings);
  const failures: { where: string; error: WinnowError }[] = [];
  let unnamed = 0;
  const seenContent = new Set<number>();
  const count = (where: string, result: TaskResult): void => {
    if (result.kind === 'failed') { failures.push({ where, error: result.error }); return; }
    if (result.kind !== 'observed') return; // a blank NDJSON line
    // A repeat: learnt (or found unnamed) from its first copy, which came earlier in this order.
    if (result.observation === null || seenContent.has(result.content)) return;
    if (seenContent.size < LEARN.maxFingerprints) seenContent.add(result.content);
    if (result.observation.site === null) { unnamed++; return; }
    learner.addPage(result.observation.site, result.observation.keys);
  };

  const inFlight: { readonly where: string; readonly result: Promise<TaskResult> }[] = [];
  const limit = options.maxDocuments ?? Infinity;
  const total = limit === Infinity ? 0 : options.inputCount ?? (await scanInputs(inputs)).total;
  let read = 0;
  reading: for await (const input of evenlySpaced(inputs, total, limit)) {
    for await (const job of readJobs(input, settings.extract.maxBytes, stdin)) {
      if (++read > limit) break reading;
      inFlight.push(job.kind === 'task'
        ? { where: job.task.where, result: runner.run(job.task) }
        : { where: job.where, result: Promise.resolve({ kind: 'failed', error: job.error }) });
      while (inFlight.length >= runner.capacity) { const head = inFlight.shift()!; count(head.where, await head.result); }
    }
  }
  for (const head of inFlight) count(head.where, await head.result);
  const pagesBySite = new Map([...learner.pagesBySite().entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { profile: learner.toProfile(options.minPages ?? 1), pagesBySite, unnamed, failures, droppedSites: learner.droppedSites() };
}

/** Observes in this thread, one document at a time. The pipeline is loaded only here: a run whose
 *  workers observe (and one that only asks wantsAutoProfile) keeps it out of the main thread. */
async function inThisThread(settings: TaskSettings): Promise<ObserveRunner> {
  const { documentRunner, isResult, loadTask } = await import('../workers/task');
  const runDocument = documentRunner(settings);
  return {
    capacity: 1,
    run: async (task) => {
      const loaded = await loadTask(task, settings.extract.maxBytes);
      return isResult(loaded) ? loaded : runDocument(loaded, task.where);
    },
  };
}

/** At most `limit` of the `total` inputs, taken at an even stride in input order (deterministic; every
 *  site of the run is sampled in proportion to its share). */
async function* evenlySpaced(inputs: InputList, total: number, limit: number): AsyncGenerator<InputSource> {
  const stride = total <= limit ? 1 : Math.ceil(total / limit);
  let i = 0;
  for await (const input of inputs) if (i++ % stride === 0) yield input;
}

/** Automatic mode applies when no profile was given, the inputs can be read twice (no stdin), and the run
 *  may hold enough documents of one site (NDJSON streams may hold any number; files count one each). */
export function wantsAutoProfile(inputs: InputScan, explicitProfile: boolean): boolean {
  if (explicitProfile || inputs.total === 0 || inputs.stdin) return false;
  return inputs.ndjsonFiles > 0 || inputs.files >= LEARN.autoMinPages;
}

/** The automatic first pass: a profile of the sites with LEARN.autoMinPages or more documents, or null.
 *  `inputCount`: InputScan.total. */
export async function autoProfile(
  inputs: InputList, inputCount: number, stdin: AsyncIterable<Uint8Array>, extract: Partial<ExtractOptions>, runner?: ObserveRunner,
): Promise<Profile | null> {
  const { profile } = await learnFromInputs(inputs, stdin, {
    extract, minPages: LEARN.autoMinPages, maxDocuments: LEARN.autoSampleDocs, inputCount, ...(runner ? { runner } : {}),
  });
  return Object.keys(profile.sites).length > 0 ? profile : null;
}
