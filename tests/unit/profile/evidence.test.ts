import { blockFeatures } from '../../../src/clean/features';
import { templateVerdicts, wilsonLower, type TemplateEvidence } from '../../../src/clean/profile-evidence';
import { parseText } from '../../../src/parse/text-blocks';

const PROSE = (n: number): string => `The committee said on Tuesday that the report number ${n} would be published after the members of the board had read it.`;

/** Evidence where each block's page count is looked up by its text. */
function evidence(pages: number, counts: Record<string, number>, slot: Record<string, number> | null = null): TemplateEvidence {
  return {
    site: 'news.example',
    pages,
    pagesWithText: (b) => counts[b.text] ?? 1,
    pagesWithSlot: (b) => (slot ? slot[b.text] ?? 0 : null),
  };
}

function verdicts(text: string, ev: TemplateEvidence): (string | null)[] {
  const page = parseText(text);
  return templateVerdicts(page, blockFeatures(page.blocks, 'en'), ev).map((v) => v?.reason ?? null);
}

describe('wilsonLower', () => {
  test('grows with the pages seen', () => {
    expect(wilsonLower(8, 8, 1.64)).toBeCloseTo(0.748, 3);
    expect(wilsonLower(30, 30, 1.64)).toBeCloseTo(0.918, 3);
    expect(wilsonLower(400, 412, 1.64)).toBeCloseTo(0.954, 3);
    expect(wilsonLower(2, 50, 1.64)).toBeCloseTo(0.013, 3);
    expect(wilsonLower(0, 0, 1.64)).toBe(0);
  });
});

describe('templateVerdicts', () => {
  const page = ['Home', '', PROSE(1), '', PROSE(2), '', PROSE(3), '', PROSE(4), '', 'Contact us'].join('\n');

  test('menu lines on most pages are template; the page\'s own prose is not', () => {
    const v = verdicts(page, evidence(100, { Home: 97, 'Contact us': 60 }));
    expect(v).toEqual(['site template: seen on 97% of 100 news.example pages', null, null, null, null, 'site template: seen on 60% of 100 news.example pages']);
  });

  test('a count alone is not enough: prose inside the article needs a near-universal share', () => {
    // PROSE(2) sits between the page's own paragraphs: 80 % of pages is not enough there…
    expect(verdicts(page, evidence(100, { [PROSE(2)]: 80 }))[2]).toBeNull();
    // …97 % is.
    expect(verdicts(page, evidence(100, { [PROSE(2)]: 97 }))[2]).toBe('site template: seen on 97% of 100 news.example pages');
    // At the edge of the article (the last paragraph) 80 % is enough for prose.
    expect(verdicts(page, evidence(100, { [PROSE(4)]: 80 }))[4]).toBe('site template: seen on 80% of 100 news.example pages');
    // A chrome line needs only half the pages, prose at the edge more.
    expect(verdicts(page, evidence(100, { [PROSE(4)]: 60 }))[4]).toBeNull();
  });

  test('evidence grows with the pages seen', () => {
    expect(verdicts(page, evidence(8, { Home: 8 }))[0]).toBe('site template: seen on 100% of 8 news.example pages');
    expect(verdicts(page, evidence(7, { Home: 7 }))[0]).toBeNull();
    // 5 of 8 pages (62 %) is not yet evidence; 62 of 100 is.
    expect(verdicts(page, evidence(8, { Home: 5 }))[0]).toBeNull();
    expect(verdicts(page, evidence(100, { Home: 62 }))[0]).not.toBeNull();
  });

  test('HTML: template text outside its usual slot needs a near-universal share', () => {
    expect(verdicts(page, evidence(100, { Home: 80 }, { Home: 78 }))[0]).not.toBeNull();
    expect(verdicts(page, evidence(100, { Home: 80 }, { Home: 3 }))[0]).toBeNull();
    expect(verdicts(page, evidence(100, { Home: 99 }, { Home: 3 }))[0]).not.toBeNull();
  });

  test('no evidence, no verdicts', () => {
    const p = parseText(page);
    expect(templateVerdicts(p, blockFeatures(p.blocks, 'en'), null)).toEqual([null, null, null, null, null, null]);
  });
});
