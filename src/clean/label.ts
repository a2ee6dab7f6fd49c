/**
 * Block classifier: content or boilerplate, with a reason for --explain. For HTML pages the DOM evidence
 * (src/clean/html-evidence.ts) speaks first and a non-null verdict is final. Every other block goes
 * through the same steps for both formats:
 *   1. features      length, stopwords, sentence shape, links, markers, repetition  (features.ts)
 *   2. judge         good / near-good / short / bad per block                        (classify.ts)
 *   3. smooth        short and near-good blocks follow their neighbours              (smooth.ts)
 *   4. region        the densest run of content is the article, cut at end markers,   (region.ts)
 *                    the comments and the copyright footer
 * If too little content survives, the pass is repeated with relaxed thresholds and the better is kept.
 */
import type { Block, BlockLabel, LabelledBlock, ParsedPage } from '../types';
import { judgeBlock, stopwordsMeasure, type Judgement } from './classify';
import { blockFeatures, type BlockFeatures } from './features';
import { htmlVerdict } from './html-evidence';
import { templateVerdicts, type TemplateEvidence, type TemplateVerdict } from './profile-evidence';
import { blockWeight, commentStarts, cutAtClosingSection, cutAtEndMarker, densestRun, footerStart } from './region';
import { smooth } from './smooth';
import { THRESHOLDS } from './thresholds';

interface Attempt {
  readonly labelled: LabelledBlock[];
  readonly contentChars: number;
}

export function labelBlocks(page: ParsedPage, language: string | null, template: TemplateEvidence | null = null): LabelledBlock[] {
  const features = blockFeatures(page.blocks, language);
  // Site-profile evidence (issue 6) speaks before the single-page classifier, like DOM evidence.
  const templates = templateVerdicts(page, features, template);
  const best = bestAttempt(page, features, language, templates);
  // A "template" that leaves no article explains the whole page: the same article fetched many times,
  // not a site's chrome. Then the page is labelled as if there were no profile.
  if (template === null || best.contentChars >= THRESHOLDS.minArticleChars || templates.every((t) => t === null)) return best.labelled;
  const plain = bestAttempt(page, features, language, templates.map(() => null));
  return plain.contentChars > best.contentChars ? plain.labelled : best.labelled;
}

/** Strict thresholds first; relaxed ones when too little content survives, keeping the better attempt. */
function bestAttempt(page: ParsedPage, features: readonly BlockFeatures[], language: string | null, templates: readonly (TemplateVerdict | null)[]): Attempt {
  const strict = attempt(page, features, 1, language, templates);
  if (strict.contentChars >= THRESHOLDS.minArticleChars) return strict;
  const relaxed = attempt(page, features, THRESHOLDS.relaxFactor, language, templates);
  if (relaxed.contentChars <= strict.contentChars) return strict;
  return { ...relaxed, labelled: relaxed.labelled.map((b) => (b.label === 'content' ? { ...b, reason: `${b.reason} (relaxed thresholds)` } : b)) };
}

function attempt(page: ParsedPage, features: readonly BlockFeatures[], factor: number, language: string | null, templates: readonly (TemplateVerdict | null)[]): Attempt {
  const blocks = page.blocks;
  const byShape = !stopwordsMeasure(features, language);
  const forced = blocks.map((b, i) => templates[i] ?? (page.format === 'html' ? htmlVerdict(b, page, features[i]!.marker) : null));
  const judgements: Judgement[] = blocks.map((b, i) => {
    const f = forced[i];
    if (f) return { quality: f.label === 'content' ? 'good' : 'bad', reason: f.reason, fixed: true };
    return judgeBlock(b, features[i]!, { factor, language, byShape });
  });
  const sectionStarts = new Set(features.flatMap((f, i) => (f.marker && (f.marker.kind === 'section' || f.marker.kind === 'comments') ? [i] : [])));
  const listItems = new Set(features.flatMap((f, i) => (f.isList ? [i] : [])));
  const smoothed = smooth(judgements, sectionStarts, listItems);

  const weights = smoothed.map((s, i) => blockWeight(s.good, blocks[i]!.text.length));
  const endMarkers = features.flatMap((f, i) => (f.marker?.kind === 'end' ? [i] : []));
  const copyright = features.flatMap((f, i) => (f.marker?.kind === 'copyright' ? [i] : []));
  const goodChars = smoothed.map((s, i) => (s.good ? blocks[i]!.text.length : 0));
  const run = densestRun(weights.slice(0, footerStart(copyright, goodChars)));
  const region = run ? cutAtClosingSection(cutAtEndMarker(run, endMarkers), commentStarts(features), goodChars) : null;

  let contentChars = 0;
  const labelled = blocks.map((b, i): LabelledBlock => {
    const s = smoothed[i]!;
    const f = forced[i];
    if (f) return withLabel(b, f.label, f.reason);
    if (!s.good) return withLabel(b, 'boilerplate', s.reason);
    if (!region || i < region.start || i > region.end) {
      const where = region && i > region.end && endMarkers.some((m) => m <= i && m > region.start) ? 'after the end-of-story marker' : 'outside the article region';
      return withLabel(b, 'boilerplate', `${where} (${s.reason})`);
    }
    contentChars += b.text.length;
    return withLabel(b, 'content', s.reason);
  });
  return { labelled, contentChars };
}

/** The block with its label, built field by field in Block's order: spreading every block of the page
 *  (twice when the relaxed pass runs) was a measurable share of the classifier's time. */
function withLabel(b: Block, label: BlockLabel, reason: string): LabelledBlock {
  return { index: b.index, text: b.text, kind: b.kind, level: b.level, linkChars: b.linkChars, lines: b.lines, path: b.path, hints: b.hints, label, reason };
}
