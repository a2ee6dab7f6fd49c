import type { EntityType } from '../types';

/** Tunable limits of the entity stage, each with why it has its value. */

/** Longest organization name a head rule may build, in tokens ("سازمان بورس و اوراق بهادار تهران" is 6). */
export const MAX_ORG_TOKENS = 7;
/** Longest person name, in tokens ("سید علی اکبر حسینی", "Academy"-style runs are ORG, not PER). */
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
/** A tagger-only single-token span must be seen this many times in the document to be kept, per type.
 *  PERSON 1: people are often named once by surname alone, without a title; on ParsTwiNER dev (whole stage,
 *  each tweet a document) entity-set F1 .534 → .643, PER recall .33 → .64 at equal precision, and on
 *  unlabelled news (UD Seraji dev, 15-sentence pseudo-documents) ~90% of the people it adds are people.
 *  ORGANIZATION/LOCATION 2: one-off single words from the tweet-trained model (a common noun read as a
 *  football club or a party) were ~70% right on the same news sample, too noisy for the precision floor. */
export const MIN_TAGGER_SINGLE_COUNT: Readonly<Record<EntityType, number>> = { PERSON: 1, ORGANIZATION: 2, LOCATION: 2 };
/** Gazetteer groups built automatically from large place lists (Iranian towns "ir:", locale lists "s:",
 *  CLDR exemplar cities "z:"): many of their one-word names are Persian common words ("مرکزی", "نور",
 *  "بهار", "دوشنبه"), so in Persian a one-word match of these counts only where the tagger also sees a
 *  name. Countries and curated entries need no support. ParsTwiNER dev, whole stage: LOC P .742 → .808,
 *  LOC R unchanged. */
export const DERIVED_PLACE_GID_RE = /^(?:ir|s|z):/;
