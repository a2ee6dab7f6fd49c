/** Tunable limits of the entity stage, each with why it has its value. */

/** Longest organization name a head rule may build, in tokens ("سازمان بورس و اوراق بهادار تهران" is 6). */
export const MAX_ORG_TOKENS = 7;
/** Longest person name, in tokens ("سید محمد طاهر موسوی", "Academy"-style runs are ORG, not PER). */
export const MAX_PERSON_TOKENS = 4;
/** Longest quoted span read as a name; longer quotes are speech, not names. */
export const MAX_QUOTED_NAME_TOKENS = 4;
/** Shortest surname (characters) that may join a full name on its own; shorter ones collide with words. */
export const MIN_SURNAME_CHARS = 3;
/** Shortest surname (characters) searched for on its own after a full name: shorter ones ("فر", "Li")
 *  match too many unrelated words. */
export const MIN_SURNAME_ALONE_CHARS = 4;
/** Source weights when overlapping candidates compete: curated lists and rules beat the tagger's guesses. */
export const SOURCE_WEIGHT = { gazetteer: 1.2, rule: 1.1, tagger: 1.0 } as const;
/** A tagger-only single-token span must be seen this many times in the document to be kept (one-off
 *  single words from a tweet-trained model are mostly noise in news). */
export const MIN_TAGGER_SINGLE_COUNT = 2;
