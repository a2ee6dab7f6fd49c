/**
 * Plain-text dump → blocks, whatever the dumper: w3m/html2text (one paragraph per line, blank lines
 * between), lynx and other hard-wrapping dumpers (paragraphs broken at ~80 columns), innerText and
 * scraper joins (one paragraph per line, no blank lines). Every source line is its own block unless the
 * page was hard-wrapped and the break was forced by the width, in which case the lines are rejoined.
 */
import type { Block, BlockKind, ParsedPage } from '../types';
import { emptyMeta } from './page-meta';

/** Wrap-detection thresholds, each with why. */
const WRAP = {
  /** No dumper hard-wraps narrower than this (lynx/w3m/links/html2text use 72–80); narrower maxima are menus. */
  minWidth: 40,
  /** …nor wider than this; w3m with -cols 10000 or innerText produce much longer lines. */
  maxWidth: 200,
  /** A "full" line ends within this share of the width: a greedy wrapper leaves at most one word's room. */
  fullShare: 0.78,
  /** Share of long lines (over half the width) that must be full before we believe the page was wrapped. */
  minFullRatio: 0.3,
  /** …and at least this many full lines, so a short page never looks wrapped by accident. */
  minFullLines: 3,
  /** Top share of line lengths ignored when estimating the width (unbreakable URLs overflow it). */
  overflowShare: 0.02,
  /** Slack in columns when asking whether the next word would have fitted (dumpers reserve a margin column). */
  slack: 2,
} as const;

/** List bullets that dumpers print: w3m `•` `□` `◦` `☆`, lynx `*` `+` `o`, html2text `*` `-`, numbers. */
const BULLET_RE = /^(?:[•□◦☆▪▫■●○◆◇►▸‣⁃∙·*+\-–—]|\d{1,3}[.)])\s+(?=\S)/u;
/** Heading decorations: html2text frames headings in asterisks ("****** Title ******", wrapped over
 *  lines), Markdown-style dumpers open them with "#". The decoration goes; a `heading-mark` hint stays. */
const HEADING_OPEN_RE = /^(?:\*{2,}|#{1,6})\s+(?=\S)/u;
const HEADING_CLOSE_RE = /\s+\*{2,}$/u;
/** A line made only of `[alt]`-style image/input placeholders. */
const PLACEHOLDER_ONLY_RE = /^(?:\[[^\]]*\]\s*)+$/u;
/** Filler that carries no text: rules, lone bullets, separators. */
const FILLER_RE = /^[\s\p{P}\p{S}]*$/u;

interface SourceLine {
  readonly raw: string;
  /** Trimmed content. */
  readonly text: string;
  readonly blank: boolean;
}

/** Length in a unit: code points (most dumpers) or UTF-8 bytes (`fold`, byte-counting scripts). */
type Measure = (s: string) => number;
/** Code points without building an array of them: surrogate pairs count once, lone surrogates once each. */
const codePoints: Measure = (s) => {
  let n = s.length;
  for (let i = 0; i + 1 < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { n--; i++; }
  }
  return n;
};
const utf8Bytes: Measure = (s) => Buffer.byteLength(s, 'utf8');

/** A run of whitespace that is not one plain space: only then does a joined block need folding (most
 *  lines are already single-spaced, and the replace would copy every block). */
const NEEDS_SPACE_FOLD_RE = /\s\s|[^\S ]/;

export function parseText(text: string): ParsedPage {
  const lines: SourceLine[] = text.replace(/\r\n?/g, '\n').split('\n').map((raw) => {
    const clean = raw.replace(/[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ').trimEnd();
    const t = clean.trim();
    return { raw: clean, text: t, blank: t === '' };
  });
  const wrap = detectWrap(lines);
  const blocks: Block[] = [];
  let current: string[] = [];
  let currentLines = 0;
  let bulleted = false;
  let gapBefore = true;
  let pendingGap = true;

  const flush = (): void => {
    if (currentLines === 0) return;
    const glued = current.join(' ');
    const joined = (NEEDS_SPACE_FOLD_RE.test(glued) ? glued.replace(/\s+/g, ' ') : glued).trim();
    if (joined && !FILLER_RE.test(joined)) blocks.push(makeBlock(blocks.length, joined, currentLines, bulleted, gapBefore));
    current = [];
    currentLines = 0;
    bulleted = false;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank) {
      flush();
      pendingGap = true;
      continue;
    }
    const bullet = HEADING_OPEN_RE.test(line.text) ? null : BULLET_RE.exec(line.text);
    const opensHeading = HEADING_OPEN_RE.test(line.text);
    const closedHeading = currentLines > 0 && HEADING_CLOSE_RE.test(lines[i - 1]!.text);
    const continues = currentLines > 0 && !bullet && !opensHeading && !closedHeading && wrap.some((w) => wasWrapped(lines[i - 1]!, line, w));
    if (!continues) {
      flush();
      gapBefore = pendingGap;
      pendingGap = false;
      bulleted = bullet !== null;
      current.push(bullet ? line.text.slice(bullet[0].length) : line.text);
    } else {
      current.push(line.text);
    }
    currentLines++;
  }
  flush();
  return { format: 'text', blocks, meta: emptyMeta() };
}

function makeBlock(index: number, raw: string, lines: number, bulleted: boolean, gapBefore: boolean): Block {
  const hints: string[] = [];
  let kind: BlockKind = 'paragraph';
  let text = raw;
  if (HEADING_OPEN_RE.test(text)) {
    text = text.replace(HEADING_OPEN_RE, '').replace(HEADING_CLOSE_RE, '');
    hints.push('heading-mark');
  }
  if (bulleted) { kind = 'list-item'; hints.push('list-bullet'); }
  if (PLACEHOLDER_ONLY_RE.test(text)) { kind = 'caption'; hints.push('placeholder'); }
  if (gapBefore) hints.push('gap-before');
  return { index, text, kind, level: 0, linkChars: 0, lines, path: '', hints };
}

interface Wrap {
  readonly width: number;
  readonly measure: Measure;
}

/**
 * Finds the column widths a dumper may have wrapped at: one per unit where long lines pile up under a
 * ceiling. Code points suit column-counting dumpers (lynx, w3m, html2text); UTF-8 bytes suit byte-counting
 * wrappers (`fold` breaks Persian lines at half the characters). Either unit may fit; a break is treated
 * as forced when any fitting unit says the next word would not have fitted. Empty when not hard-wrapped.
 */
function detectWrap(lines: readonly SourceLine[]): Wrap[] {
  const found: Wrap[] = [];
  for (const measure of [codePoints, utf8Bytes]) {
    const lengths = lines.filter((l) => !l.blank && /\S\s+\S/u.test(l.text)).map((l) => measure(l.raw)).sort((a, b) => b - a);
    if (lengths.length < WRAP.minFullLines) continue;
    const width = lengths[Math.floor(lengths.length * WRAP.overflowShare)]!;
    if (width < WRAP.minWidth || width > WRAP.maxWidth) continue;
    const long = lengths.filter((n) => n > width / 2 && n <= width);
    const full = long.filter((n) => n >= width * WRAP.fullShare);
    const ratio = long.length ? full.length / long.length : 0;
    if (full.length >= WRAP.minFullLines && ratio >= WRAP.minFullRatio) found.push({ width, measure });
  }
  return found;
}

/** Sentence-closing punctuation (Latin and Arabic-script), optionally followed by closing quotes. */
const SENTENCE_END_RE = /[.!?؟…:؛;]["'”’»)\]]*$/u;

/** A break was forced by the width when the next line's first word would not have fitted on this one.
 *  A line that closes a sentence may be a short last line of a <br>-separated paragraph that happens to be
 *  long, so it only joins when the fit test passes without slack. */
function wasWrapped(prev: SourceLine, next: SourceLine, wrap: Wrap): boolean {
  const firstWord = next.text.split(/\s+/u)[0] ?? '';
  const slack = SENTENCE_END_RE.test(prev.text) ? 0 : WRAP.slack;
  return wrap.measure(prev.raw) + 1 + wrap.measure(firstWord) > wrap.width - slack;
}
