/** Generated pages of one imaginary site for the profile tests: a fixed template around varying articles. */
const SUBJECTS = ['The minister', 'The council', 'A spokesman for the ministry', 'The union leader', 'The regional governor', 'The central bank', 'The coach', 'The court'];
const VERBS = ['said on Monday that', 'told reporters that', 'announced in a statement that', 'warned during a visit that', 'confirmed late on Friday that'];
const CLAUSES = ['the talks would continue for another week', 'the new budget would be presented to parliament', 'the bridge over the river would reopen in the spring',
  'the plan had been delayed by the heavy rains', 'more teachers would be hired in the coming year', 'the agreement was still within reach',
  'prices of bread and fuel would be reviewed', 'the investigation into the fire was almost complete', 'the team would play its next match at home'];

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length]!;
}

/** A paragraph unique to (page, k): three sentences, each ending with a full stop. */
export function articleParagraph(page: number, k: number): string {
  const s = (j: number): string => `${pick(SUBJECTS, page * 7 + k * 3 + j)} ${pick(VERBS, page + k + j)} ${pick(CLAUSES, page * 5 + k * 2 + j)}, according to report ${page}-${k}-${j} from the ${pick(['north', 'south', 'east', 'west'], page + j)}ern office.`;
  return `${s(0)} ${s(1)} ${s(2)}`;
}

export const TEMPLATE_PROSE = 'Readers are welcome to discuss this story below, and our editors read every comment before it is published on the site under the rules of use.';

/** One text-dump page: header, menu, title, article, the site's comment-rules paragraph, footer. */
export function sitePage(page: number, extra: readonly string[] = []): string {
  const article = [articleParagraph(page, 0), articleParagraph(page, 1), ...extra, articleParagraph(page, 2), articleParagraph(page, 3)];
  return [
    'Example Daily',
    '',
    '  • Home',
    '  • World',
    '  • Business',
    '  • Sport',
    '',
    `Headline number ${page}: ${pick(CLAUSES, page)}`,
    '',
    ...article.flatMap((p) => [p, '']),
    TEMPLATE_PROSE,
    '',
    'Most read',
    '  • Weather warning for the weekend',
    '  • Markets close higher',
    '',
    'About us | Contact | Advertise',
  ].join('\n');
}
