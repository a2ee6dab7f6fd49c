/**
 * A real site template (a CNN Arabic w3m dump, tests/fixtures/profile/PROVENANCE.md): other pages of the
 * site are made by swapping the article lines for generated text; the profile learned from them removes
 * the site's comment-rules paragraph from the real page and keeps its whole article.
 */
import fs from 'node:fs';
import path from 'node:path';
import { extract } from '../../../src/pipeline';
import { ProfileLearner } from '../../../src/profile/learner';
import { observeDocument, type Observation } from '../../../src/profile/observe';

const real = fs.readFileSync(path.join(__dirname, '../../fixtures/profile/cnn-arabic-1.txt'), 'utf8');
const lines = real.split('\n');
/** Article lines: the long paragraphs that are neither the comment rules nor the disclaimer under them. */
const COMMENT_RULES = 'ترحب شبكة CNN بالنقاش الحيوي';
const isArticle = (line: string): boolean => line.trim().length > 150 && !line.includes(COMMENT_RULES);
const WORDS = ['قال', 'المتحدث', 'باسم', 'الوزارة', 'إن', 'المحادثات', 'ستستمر', 'الأسبوع', 'المقبل', 'في', 'العاصمة', 'بعد', 'اجتماع', 'طويل'];

function otherPage(n: number): string {
  let k = 0;
  return lines.map((line) => {
    if (!isArticle(line)) return line;
    k++;
    const words = Array.from({ length: 30 }, (_, i) => WORDS[(n * 13 + k * 7 + i * 5) % WORDS.length]);
    return `${words.join(' ')} ${n}-${k}.`;
  }).join('\n');
}

describe('profile learned from a real template', () => {
  const learner = new ProfileLearner();
  for (let n = 0; n < 25; n++) {
    const seen = observeDocument({ id: `cnn-arabic/other-${n}.txt`, text: otherPage(n) }) as Observation;
    learner.addPage(seen.site!, seen.keys);
  }
  const profile = learner.toProfile();
  const run = (withProfile: boolean) => {
    const outcome = extract({ id: 'cnn-arabic/cnn-arabic-1.txt', text: real }, { entities: false, profile: withProfile ? profile : null });
    if (!outcome.ok) throw new Error(outcome.error.message);
    return outcome;
  };

  test('the real page and its synthetic siblings are one site', () => {
    expect(Object.keys(profile.sites)).toEqual(['folder:cnn-arabic']);
    // 25 pages made, 14 of them distinct: a page seen twice counts once.
    expect(profile.sites['folder:cnn-arabic']!.pages).toBe(14);
  });

  test('the comment rules go, with the profile named as the reason', () => {
    const out = run(true);
    expect(out.ok && out.record.body).not.toContain(COMMENT_RULES);
    const removal = out.removed.find((r) => r.text.includes(COMMENT_RULES));
    expect(removal?.reason).toBe('site template: seen on 100% of 14 folder:cnn-arabic pages');
  });

  test('every article paragraph stays', () => {
    const without = run(false);
    const withProfile = run(true);
    const paragraphs = lines.filter(isArticle).map((l) => l.trim());
    expect(paragraphs.length).toBe(7);
    for (const p of paragraphs) expect(withProfile.ok && withProfile.record.body).toContain(p.slice(0, 60));
    expect(withProfile.ok && withProfile.record.title).toBe(without.ok && without.record.title);
  });
});
