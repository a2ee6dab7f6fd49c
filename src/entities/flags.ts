/**
 * The per-token evidence flags the tagger sees (gazetteer span B/I, name lists, vocabulary classes), in a
 * fixed order: bit b of a `tokenFlagMasks` value (src/entities/lexicon.ts) is FLAG_NAMES[b].
 */
export const FLAG_NAMES = ['LOC-B', 'LOC-I', 'ORG-B', 'ORG-I', 'first', 'last', 'title', 'role', 'orghead', 'lochead', 'stop'] as const;
