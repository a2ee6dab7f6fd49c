/**
 * Every threshold of the block classifier, with why. Lengths are in characters of the block text,
 * densities are shares of word tokens. Values follow jusText's defaults where they carry over and were
 * checked on the news-dev dumps (fa/ar/en) where they do not (stopwords-iso lists are longer for en).
 */
export const THRESHOLDS = {
  /** Below this a block says too little to judge alone ("short"); its neighbours decide (jusText length_low 70). */
  shortChars: 50,
  /** A short block with at least this many words that ends like a sentence counts as weak prose. */
  shortSentenceWords: 5,
  /** Above this, prose-like blocks are content on their own (jusText length_high 200). */
  longChars: 150,
  /**
   * Stopword density of running prose (high) and the least a block needs to be "near-good" (low), per
   * language, because stopwords-iso lists differ in size and Arabic glues clitics to function words
   * (و، ب، ل، ال). Measured on news-dev dumps: median body paragraph en 0.57, fa 0.43, ar 0.26; headline
   * and menu lines en 0.33, fa 0.31, ar 0.15. jusText's English defaults are 0.32 / 0.30 with a shorter list.
   */
  stopwords: {
    en: { high: 0.4, low: 0.3 },
    fa: { high: 0.3, low: 0.22 },
    ar: { high: 0.2, low: 0.14 },
    other: { high: 0.3, low: 0.2 },
  },
  /** Pages need this many long sentence-ending blocks before their stopword density is trusted to say
   *  whether the language's list measures them (a short page keeps the list). */
  shapeCheckMinBlocks: 3,
  /** Judged by shape, a block this many times `longChars` is near prose even without a closing stop. */
  shapeLongFactor: 2,
  /** Link density above which a block is navigation (jusText max_link_density 0.2, relaxed for inline links). */
  maxLinkDensity: 0.5,
  /** Share of tool words ("Facebook Twitter Print") that makes a short line a share bar. */
  toolWordShare: 0.6,
  /** Share bars are short; a longer line mentioning social networks is prose. */
  toolLineMaxWords: 15,
  /** Share of a block's characters in URLs above which it is a link/embed line, not prose. */
  urlShare: 0.5,
  /** Date lines: at most this many words, most of them calendar words or numbers. */
  dateLineMaxWords: 12,
  dateWordShare: 0.6,
  /** Article-region scoring: a boilerplate block costs at least this many characters, so a run of short menu
   *  items separates two content runs while a caption or ad slot inside the article does not. */
  regionMinPenalty: 40,
  /** …and costs this share of its length beyond that (long boilerplate separates more). */
  regionPenaltyShare: 1,
  /** Too little article: fewer characters than this after cleaning triggers a relaxed second pass. */
  minArticleChars: 250,
  /** Relaxed pass: thresholds scaled by this factor (lower lengths and densities). */
  relaxFactor: 0.6,
} as const;
