/**
 * The data model shared by every stage. Data flows:
 *   RawInput → DecodedText → ParsedPage (Block[] + PageMeta) → normalized ParsedPage
 *   → LabelledBlock[] → ArticleFields → ArticleRecord (+ Removal[] for --explain)
 * The record is the public contract (schema/record.schema.json): change it only additively.
 */

/** The two kinds of document winnow reads. */
export type Format = 'text' | 'html';

/** One document as it arrives, before decoding. */
export interface RawInput {
  /** How the user names it: the path as given, `<stdin>`, or an NDJSON record's id (or `path:LINE`). */
  readonly id: string;
  /** Undecoded bytes (files, stdin). Exactly one of `bytes` and `text` is set. */
  readonly bytes?: Uint8Array;
  /** Already-decoded text (NDJSON `html`/`text` fields). */
  readonly text?: string;
  /** Format declared by the source (NDJSON field name, `--format`); detected from content when absent. */
  readonly format?: Format;
  /** A page URL known from outside the content (NDJSON `url`). */
  readonly url?: string | null;
}

/** Bytes turned into text, with how that was decided (diagnostics, never part of the record). */
export interface DecodedText {
  readonly text: string;
  /** WHATWG label of the encoding used, e.g. `utf-8`, `windows-1256`, `utf-16le`. */
  readonly encoding: string;
  /** Why that encoding: `bom`, `option`, `meta`, `utf8-valid`, `fallback`, `given` (already text). */
  readonly encodingSource: 'bom' | 'option' | 'meta' | 'utf8-valid' | 'fallback' | 'given';
  /** Count of U+FFFD produced by decoding. */
  readonly replacements: number;
}

/** What a block looks like structurally; text dumps only produce `heading`-less kinds. */
export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'quote' | 'pre' | 'cell' | 'caption' | 'line';

/**
 * One unit of text in reading order: an HTML block element's text, or a paragraph / line of a text dump.
 * Text dumps fill only the common fields; HTML adds structure (tag path, classes, links, DOM scores).
 */
export interface Block {
  /** Position in the document's reading order, from 0. */
  readonly index: number;
  /** The text, whitespace-collapsed, paragraph-internal line breaks removed. */
  readonly text: string;
  readonly kind: BlockKind;
  /** Heading level 1–6 for `heading`; 0 otherwise. */
  readonly level: number;
  /** Characters of `text` that sit inside links (HTML); 0 for text dumps. */
  readonly linkChars: number;
  /** Number of source lines joined into this block (text dumps; 1 for HTML). */
  readonly lines: number;
  /** Tag path from <body>, e.g. `div#main>article>p` (HTML); '' for text dumps. */
  readonly path: string;
  /** Evidence the parser found about the block's role, e.g. `h1`, `lead-class`, `nav`, `footer`, `aside`,
   *  `list-bullet`, `in-main` (inside the page's detected main-content region). Free-form, lower-case. */
  readonly hints: readonly string[];
}

/** Page-level facts found while parsing (HTML head, JSON-LD, or lines of a dump). */
export interface PageMeta {
  /** `<title>` text. */
  readonly htmlTitle: string | null;
  /** og:title / twitter:title / JSON-LD headline. */
  readonly metaTitle: string | null;
  /** meta description / og:description. */
  readonly description: string | null;
  /** og:site_name / JSON-LD publisher name / application-name. */
  readonly siteName: string | null;
  /** canonical / og:url, else the URL given with the input. */
  readonly url: string | null;
  /** ISO date of publication when the page states one. */
  readonly published: string | null;
  /** `<html lang>` or content-language, lower-case primary tag. */
  readonly lang: string | null;
}

/** A document split into blocks. */
export interface ParsedPage {
  readonly format: Format;
  readonly blocks: readonly Block[];
  readonly meta: PageMeta;
}

/** What the cleaner decided about a block. */
export type BlockLabel = 'content' | 'boilerplate';

export interface LabelledBlock extends Block {
  readonly label: BlockLabel;
  /** Why, in words a user can read in --explain ("link density 0.92", "end marker"). */
  readonly reason: string;
}

/** A block the cleaner or the extractor dropped, for --explain. */
export interface Removal {
  readonly index: number;
  readonly text: string;
  readonly reason: string;
}

/** Who published the article and whom it quotes. */
export interface Source {
  readonly name: string | null;
  readonly name_en: string | null;
  readonly via: readonly string[];
  readonly desk: string | null;
  readonly url: string | null;
  readonly published: string | null;
}

export type EntityType = 'PERSON' | 'ORGANIZATION' | 'LOCATION';

export interface EntityMention {
  readonly field: 'title' | 'lead' | 'body';
  readonly start: number;
  readonly end: number;
}

export interface Entity {
  readonly text: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  readonly count: number;
  readonly mentions: readonly EntityMention[];
}

/** The record printed per article: the contract. Key order here is the output key order. */
export interface ArticleRecord {
  readonly input: string;
  readonly format: Format;
  readonly language: string | null;
  readonly title: string | null;
  readonly lead: string | null;
  readonly body: string | null;
  readonly source: Source;
  readonly entities: readonly Entity[];
}

/** Failure reasons, each a stable code users can grep for. */
export type ErrorCode =
  | 'E_NOT_FOUND'
  | 'E_READ'
  | 'E_EMPTY'
  | 'E_BINARY'
  | 'E_TOO_LARGE'
  | 'E_DECODE'
  | 'E_NDJSON'
  | 'E_TIMEOUT'
  | 'E_WRITE'
  | 'E_INTERNAL';

export interface WinnowError {
  readonly code: ErrorCode;
  /** One sentence, no stack trace: "file is binary (NUL bytes in the first 8 KiB)". */
  readonly message: string;
}

/** Facts about how a record was made; shown with --verbose / --events, never inside the record. */
export interface Diagnostics {
  readonly encoding: string;
  readonly encodingSource: DecodedText['encodingSource'];
  readonly replacements: number;
  readonly blocks: number;
  readonly kept: number;
  readonly ms: number;
}

/** The result for one input: a record, or a named failure. Never a bare null. */
export type Outcome =
  | { readonly ok: true; readonly input: string; readonly record: ArticleRecord; readonly removed: readonly Removal[]; readonly diagnostics: Diagnostics; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly input: string; readonly error: WinnowError };
