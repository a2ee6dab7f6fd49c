/** English news vocabulary for the entity rules (written by the project); matched through tokenKey (lower case). */

/** Titles written before a name ("President Lincoln", "Sen. John Doe"); they are not part of the name. */
export const PERSON_TITLES = [
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'sir', 'dame', 'lord', 'lady', 'president', 'vice', 'sen', 'sen.',
  'senator', 'rep', 'rep.', 'representative', 'congressman', 'congresswoman', 'gov', 'gov.', 'governor', 'mayor', 'minister', 'secretary',
  'chairman', 'chairwoman', 'chair', 'leader', 'speaker', 'judge', 'justice', 'general', 'gen', 'gen.', 'col', 'col.', 'lt', 'lt.', 'capt',
  'capt.', 'captain', 'sgt', 'sgt.', 'officer', 'director', 'ceo', 'chief', 'king', 'queen', 'prince', 'princess', 'pope', 'ayatollah',
  'sheikh', 'rev', 'rev.', 'father', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'premier', 'chancellor', 'commissioner',
  'prime', 'foreign', 'deputy', 'democratic', 'republican', 'actor', 'actress', 'director', 'producer', 'star', 'co-star', 'writer',
  'comedian', 'singer', 'founder', 'coach', 'host', 'anchor', 'majority', 'minority', 'house', 'white', 'press', 'party', 'national',
  'committee', 'assistant', 'state', 'attorney', 'former', 'late', 'filmmaker', 'director-writer', 'executive', 'analyst', 'reporter',
];

/** Last words of organization names ("Democratic National Committee", "Screen Actors Guild"). */
export const ORG_TAILS = [
  'party', 'committee', 'council', 'department', 'ministry', 'agency', 'guild', 'union', 'association', 'university', 'college', 'institute',
  'foundation', 'corporation', 'corp', 'corp.', 'inc', 'inc.', 'ltd', 'ltd.', 'llc', 'company', 'co', 'co.', 'group', 'bank', 'fund', 'studios',
  'press', 'news', 'times', 'post', 'journal', 'tribune', 'herald', 'gazette', 'review', 'magazine', 'network', 'channel', 'television',
  'radio', 'organization', 'organisation', 'commission', 'court', 'senate', 'congress', 'parliament', 'assembly', 'army', 'navy', 'force',
  'forces', 'guard', 'police', 'office', 'bureau', 'service', 'services', 'board', 'authority', 'trustees', 'society', 'club', 'league',
  'federation', 'academy', 'school', 'hospital', 'center', 'centre', 'laboratory', 'labs', 'airlines', 'airways', 'motors', 'systems',
  'technologies', 'media', 'records', 'pictures', 'films', 'entertainment', 'alliance', 'coalition', 'movement', 'front', 'brigade',
];

/** First words of organization names ("University of …", "Bank of …", "Academy of …"). */
export const ORG_HEADS = ['university', 'bank', 'academy', 'department', 'ministry', 'institute', 'bureau', 'house', 'office', 'church', 'council', 'federation', 'league', 'museum', 'order', 'board'];

/** Place heads and tails ("Gulf of Mexico", "Palo Alto", "Mount Everest"). */
export const LOC_HEADS = ['mount', 'lake', 'gulf', 'strait', 'port', 'fort', 'cape', 'river', 'province', 'state', 'county', 'city', 'gulf', 'bay'];
export const LOC_TAILS = ['street', 'avenue', 'square', 'river', 'lake', 'island', 'islands', 'mountains', 'valley', 'county', 'province', 'city', 'bay', 'beach', 'park', 'heights', 'strip', 'bank', 'airport', 'peninsula', 'sea', 'ocean', 'desert', 'coast', 'district', 'region'];

/** Capitalized words that are not names even mid-sentence. */
export const NOT_NAMES = [
  'i', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'mr', 'mrs', 'ms', 'dr', 'the', 'a', 'an', 'and', 'or', 'but',
  'in', 'on', 'at', 'of', 'for', 'to', 'with', 'by', 'from', 'as', 'it', 'he', 'she', 'they', 'we', 'you', 'his', 'her', 'their', 'our',
  'this', 'that', 'these', 'those', 'there', 'here', 'when', 'where', 'what', 'who', 'why', 'how', 'if', 'so', 'no', 'not', 'yes', 'oscar',
  'oscars', 'tv', 'dvd', 'ok', 'am', 'pm', 'a.m.', 'p.m.', 'internet', 'web', 'god', 'christmas', 'easter', 'ramadan', 'english', 'read',
  'more', 'also', 'after', 'before', 'while', 'said', 'says', 'it\'s', 'i\'m', 'that\'s', 'but', 'just', 'then', 'now', 'one', 'two',
  'first', 'last', 'new', 'like', 'all', 'some', 'many', 'most', 'every', 'each', 'other', 'another', 'such', 'only', 'even', 'still',
  'because', 'since', 'although', 'though', 'until', 'unless', 'whether', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'be', 'been',
  'have', 'has', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'my', 'your', 'its', 'me', 'him', 'them', 'us',
  'our', 'mine', 'hers', 'yours', 'ours', 'theirs', 'which', 'whose', 'whom', 'please', 'thanks', 'well', 'oh', 'hey', 'wow',
  'i\'d', 'i’d', 'i’m', 'i\'ll', 'i’ll', 'i\'ve', 'i’ve', 'it’s', 'that’s', 'we’re', 'we\'re', 'they’re', 'they\'re', 'don’t', 'don\'t',
];

/** Function words allowed inside multi-word names ("Bank of America", "Academy of Motion Picture Arts and Sciences"). */
export const NAME_CONNECTORS = ['of', 'and', 'de', 'du', 'la', 'von', 'van', 'der', 'bin', 'al', 'el', 'for', 'the', '&'];

/** Demonyms that are not a listed country name plus -an/-ian/-ese/-i/-ish (those are derived by rule):
 *  nationality adjectives are not entities ("South Korean" is neither a person nor a place). */
export const DEMONYMS = [
  'british', 'french', 'dutch', 'swiss', 'greek', 'turkish', 'spanish', 'danish', 'polish', 'swedish', 'finnish', 'irish', 'scottish',
  'welsh', 'thai', 'filipino', 'afghan', 'saudi', 'emirati', 'arab', 'arabic', 'kurdish', 'kurd', 'european', 'african', 'asian',
  'western', 'eastern', 'soviet', 'latino', 'latina', 'hispanic', 'persian', 'jewish', 'muslim', 'christian', 'catholic', 'sunni', 'shiite',
  'shia', 'american', 'americans', 'briton', 'britons', 'scot', 'scots', 'dane', 'swede', 'finn', 'pole', 'turk', 'turks', 'yemeni',
  'omani', 'qatari', 'bahraini', 'kuwaiti', 'lebanese', 'japanese', 'vietnamese', 'portuguese', 'chinese', 'maltese', 'nepalese',
  'sudanese', 'senegalese', 'congolese', 'burmese', 'taiwanese', 'israeli', 'israelis', 'iraqi', 'iraqis', 'pakistani', 'bangladeshi',
  'uzbek', 'kazakh', 'tajik', 'kyrgyz', 'azeri', 'baltic', 'nordic', 'balkan', 'slavic', 'latin', 'korean', 'koreans',
];

/** Lower-case words right before a title of a work ("the film Marriage Story"): the run is the work's
 *  title, not a person. */
export const WORK_CUES = [
  'film', 'films', 'movie', 'movies', 'show', 'shows', 'series', 'sitcom', 'drama', 'comedy', 'documentary', 'album', 'song',
  'novel', 'book', 'play', 'musical', 'miniseries', 'episode', 'franchise', 'sequel', 'prequel', 'remake', 'podcast', 'opera', 'programme',
  'program', 'titled',
];

/** Compass words that do not make a name on their own ("South", "North"). */
export const DIRECTIONS = ['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower'];
