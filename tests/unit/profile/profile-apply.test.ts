import { extract } from '../../../src/pipeline';
import { ProfileLearner } from '../../../src/profile/learner';
import { observeDocument, type Observation } from '../../../src/profile/observe';
import { serializeProfile, type Profile } from '../../../src/profile/profile';
import { articleParagraph, sitePage, TEMPLATE_PROSE } from './pages';

const PAGES = 50;
const QUOTED = 'The president of the federation said in a long interview that the stadium would be rebuilt before the next season begins.';
/** Pages 10 and 20 both quote the same paragraph inside their articles. */
const pageText = (n: number): string => sitePage(n, n === 10 || n === 20 ? [QUOTED] : []);
const idOf = (n: number): string => `example/page-${String(n).padStart(2, '0')}.txt`;

function learn(order: readonly number[]): Profile {
  const learner = new ProfileLearner();
  for (const n of order) {
    const seen = observeDocument({ id: idOf(n), text: pageText(n) }) as Observation;
    learner.addPage(seen.site!, seen.keys);
  }
  return learner.toProfile();
}

const pages = Array.from({ length: PAGES }, (_, i) => i + 1);
const profile = learn(pages);

function body(n: number, withProfile: boolean): string {
  const outcome = extract({ id: idOf(n), text: pageText(n) }, { entities: false, profile: withProfile ? profile : null });
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.record.body ?? '';
}

describe('site profile applied by the pipeline', () => {
  test('every page is named by its folder and counted once', () => {
    expect(Object.keys(profile.sites)).toEqual(['folder:example']);
    expect(profile.sites['folder:example']!.pages).toBe(50);
  });

  test('a paragraph on every page of the site is removed, though the page alone keeps it', () => {
    expect(body(33, false)).toContain(TEMPLATE_PROSE);
    const withProfile = body(33, true);
    expect(withProfile).not.toContain(TEMPLATE_PROSE);
    expect(withProfile).toContain(articleParagraph(33, 0));
    expect(withProfile).toContain(articleParagraph(33, 3));
  });

  test('--explain reason names the evidence', () => {
    const outcome = extract({ id: idOf(7), text: pageText(7) }, { entities: false, profile });
    if (!outcome.ok) throw new Error(outcome.error.message);
    const removal = outcome.removed.find((r) => r.text === TEMPLATE_PROSE);
    expect(removal?.reason).toBe('site template: seen on 100% of 50 folder:example pages');
  });

  test('an article paragraph quoted on two of fifty pages is kept', () => {
    expect(body(10, true)).toContain(QUOTED);
    expect(body(20, true)).toContain(QUOTED);
  });

  test('the whole article survives on every page', () => {
    for (const n of [1, 25, 50]) {
      const b = body(n, true).split('\n\n');
      expect(b).toEqual([0, 1, 2, 3].map((k) => articleParagraph(n, k)));
    }
  });

  test('a site the profile does not know is extracted as without a profile', () => {
    const other = { id: 'elsewhere/page.txt', text: pageText(3) };
    const a = extract(other, { entities: false, profile });
    const b = extract(other, { entities: false });
    expect(JSON.stringify(a.ok && a.record)).toBe(JSON.stringify(b.ok && b.record));
  });

  test('--site puts a document under a named profile site', () => {
    const other = { id: 'elsewhere/page.txt', text: pageText(3) };
    const outcome = extract(other, { entities: false, profile, site: 'folder:example' });
    expect(outcome.ok && outcome.record.body).not.toContain(TEMPLATE_PROSE);
  });

  test('learning is deterministic and order-independent: same bytes for any page order', () => {
    const reversed = learn([...pages].reverse());
    const shuffled = learn(pages.map((n) => ((n * 17) % PAGES) + 1));
    expect(serializeProfile(reversed)).toBe(serializeProfile(profile));
    expect(serializeProfile(shuffled)).toBe(serializeProfile(profile));
  });

  test('too few pages say nothing', () => {
    const small = learn([1, 2, 3, 4, 5]);
    const outcome = extract({ id: idOf(9), text: pageText(9) }, { entities: false, profile: small });
    expect(outcome.ok && outcome.record.body).toContain(TEMPLATE_PROSE);
  });
});
