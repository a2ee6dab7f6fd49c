/**
 * Learning pass over a run's inputs: the automatic mode's first pass and `winnow profile learn`.
 * Memory holds the learner's counts only (one document at a time is read, observed and dropped), and the
 * profile is the same for the same inputs whatever the worker count: counts add up commutatively.
 */
import type { InputSource } from '../io/find-inputs';
import type { ExtractOptions } from '../options';
import type { RawInput, WinnowError } from '../types';
import { fnv1a } from './hash';
import { ProfileLearner, DEFAULT_LIMITS, type LearnerLimits } from './learner';
import { observeDocument, type Observation } from './observe';
import type { Profile } from './profile';
import { readDocuments } from './read-documents';
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

export interface LearnOptions {
  readonly extract?: Partial<ExtractOptions>;
  /** Sites with fewer documents are left out of the profile (automatic mode: LEARN.autoMinPages). */
  readonly minPages?: number;
  readonly limits?: LearnerLimits;
  /** Learn from at most this many documents: file inputs evenly spaced over the run, then a cap on the
   *  documents read (NDJSON streams). Absent: every document. */
  readonly maxDocuments?: number;
  /** Observes a document; a worker pool can pass its own (same function, other thread). */
  readonly observe?: (raw: Parameters<typeof observeDocument>[0]) => Promise<Observation | WinnowError>;
}

/** Reads every input once and counts its blocks per site. stdin cannot be read twice: callers that want a
 *  second pass over the same inputs must not include it (see wantsAutoProfile). */
export async function learnFromInputs(
  inputs: readonly InputSource[],
  stdin: AsyncIterable<Uint8Array>,
  options: LearnOptions = {},
): Promise<LearnResult> {
  const learner = new ProfileLearner(options.limits ?? DEFAULT_LIMITS);
  const maxBytes = options.extract?.maxBytes ?? 20_000_000;
  const observe = options.observe ?? (async (raw) => observeDocument(raw, options.extract));
  const failures: { where: string; error: WinnowError }[] = [];
  let unnamed = 0;
  let read = 0;
  const limit = options.maxDocuments ?? Infinity;
  const seenContent = new Set<number>();
  for await (const item of readDocuments(evenlySpaced(inputs, limit), maxBytes, stdin)) {
    if (++read > limit) break;
    if (item.kind === 'failure') { failures.push(item); continue; }
    // The learner counts a repeated page once anyway; recognising the bytes skips parsing it again.
    const content = contentFingerprint(item.raw);
    if (seenContent.has(content)) continue;
    if (seenContent.size < LEARN.maxFingerprints) seenContent.add(content);
    const seen = await observe(item.raw);
    if ('code' in seen) { failures.push({ where: item.where, error: seen }); continue; }
    if (seen.site === null) { unnamed++; continue; }
    learner.addPage(seen.site, seen.keys);
  }
  const pagesBySite = new Map([...learner.pagesBySite().entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { profile: learner.toProfile(options.minPages ?? 1), pagesBySite, unnamed, failures, droppedSites: learner.droppedSites() };
}

/** A hash of what decides a document's blocks and site: its bytes or text, its URL and its folder (the
 *  folder names the site of dumps that name none). */
function contentFingerprint(raw: RawInput): number {
  let h = fnv1a(`${raw.url ?? ''}\n${raw.id.replace(/[^/\\]*$/, '')}\n${raw.format ?? ''}`, 0x27d4eb2f);
  if (raw.text !== undefined) return fnv1a(raw.text, h) * 2 ** 21 + (fnv1a(raw.text, 0x165667b1) >>> 11);
  const bytes = raw.bytes ?? new Uint8Array(0);
  let h2 = 0x165667b1;
  for (let i = 0; i < bytes.length; i++) {
    h = Math.imul(h ^ bytes[i]!, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ bytes[i]!, 0x5bd1e995) >>> 0;
  }
  return h * 2 ** 21 + (h2 >>> 11);
}

/** At most `limit` inputs, taken at an even stride in input order (deterministic; every site of the run is
 *  sampled in proportion to its share). */
function evenlySpaced(inputs: readonly InputSource[], limit: number): readonly InputSource[] {
  if (inputs.length <= limit) return inputs;
  const stride = Math.ceil(inputs.length / limit);
  return inputs.filter((_, i) => i % stride === 0);
}

/** Automatic mode applies when no profile was given, the inputs can be read twice (no stdin), and the run
 *  may hold enough documents of one site (NDJSON streams may hold any number; files count one each). */
export function wantsAutoProfile(inputs: readonly InputSource[], explicitProfile: boolean): boolean {
  if (explicitProfile || inputs.length === 0 || inputs.some((input) => input.kind === 'stdin')) return false;
  return inputs.some((input) => input.kind === 'file' && input.ndjson) || inputs.filter((input) => input.kind === 'file').length >= LEARN.autoMinPages;
}

/** The automatic first pass: a profile of the sites with LEARN.autoMinPages or more documents, or null. */
export async function autoProfile(inputs: readonly InputSource[], stdin: AsyncIterable<Uint8Array>, extract: Partial<ExtractOptions>): Promise<Profile | null> {
  const { profile } = await learnFromInputs(inputs, stdin, { extract, minPages: LEARN.autoMinPages, maxDocuments: LEARN.autoSampleDocs });
  return Object.keys(profile.sites).length > 0 ? profile : null;
}
