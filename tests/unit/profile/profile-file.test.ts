import { ProfileLearner } from '../../../src/profile/learner';
import { emptyProfile, mergeProfiles, pagesWithKey, parseProfile, serializeProfile, type Profile } from '../../../src/profile/profile';
import { SKETCH } from '../../../src/profile/thresholds';

/** A small profile: `pages` pages of `site`, each with the shared keys plus keys of its own. */
function shard(site: string, first: number, pages: number, shared: readonly string[]): Profile {
  const learner = new ProfileLearner();
  for (let p = first; p < first + pages; p++) learner.addPage(site, [...shared, `t|own paragraph ${p}`, `t|other line ${p % 3}`]);
  return learner.toProfile();
}

const a = shard('a.example', 0, 12, ['t|home world sport', 't|copyright example']);
const b = shard('a.example', 100, 7, ['t|home world sport']);
const c = shard('b.example', 0, 9, ['t|menu']);
const d = mergeProfiles(shard('b.example', 50, 3, ['t|menu']), shard('c.example', 0, 4, ['t|x']));

describe('profile file', () => {
  test('serialize → parse round trip keeps every count', () => {
    const text = serializeProfile(a);
    const parsed = parseProfile(text);
    expect('error' in parsed).toBe(false);
    expect(serializeProfile(parsed as Profile)).toBe(text);
    const site = (parsed as Profile).sites['a.example']!;
    expect(site.pages).toBe(12);
    expect(pagesWithKey(parsed as Profile, site, 't|home world sport')).toBe(12);
    expect(pagesWithKey(parsed as Profile, site, 't|copyright example')).toBe(12);
  });

  test('text is canonical: header, then one site per line in name order', () => {
    const text = serializeProfile(mergeProfiles(c, a));
    const lines = text.split('\n');
    expect(lines[0]).toBe(`{"format":"winnow-site-profile","version":1,"width":${SKETCH.width},"depth":${SKETCH.depth},"sites":{`);
    expect(lines[1]!.startsWith('"a.example":{"pages":12,"cells":{')).toBe(true);
    expect(lines[2]!.startsWith('"b.example":{"pages":9,')).toBe(true);
    expect(lines[3]).toBe('}}');
    expect(serializeProfile(emptyProfile())).toBe(`{"format":"winnow-site-profile","version":1,"width":${SKETCH.width},"depth":${SKETCH.depth},"sites":{}}\n`);
  });

  test('merge adds pages and counts', () => {
    const m = mergeProfiles(a, b);
    const site = m.sites['a.example']!;
    expect(site.pages).toBe(19);
    expect(pagesWithKey(m, site, 't|home world sport')).toBe(19);
    expect(pagesWithKey(m, site, 't|copyright example')).toBe(12);
  });

  test('merge is associative and order-independent: same bytes whatever the order', () => {
    const parts = [a, b, c, d];
    const expected = serializeProfile(mergeProfiles(mergeProfiles(mergeProfiles(a, b), c), d));
    expect(serializeProfile(mergeProfiles(a, mergeProfiles(b, mergeProfiles(c, d))))).toBe(expected);
    expect(serializeProfile(mergeProfiles(mergeProfiles(d, b), mergeProfiles(c, a)))).toBe(expected);
    for (const order of [[3, 2, 1, 0], [2, 0, 3, 1], [1, 3, 0, 2]]) {
      const merged = order.map((i) => parts[i]!).reduce((x, y) => mergeProfiles(x, y));
      expect(serializeProfile(merged)).toBe(expected);
    }
    // Merging with the empty profile changes nothing.
    expect(serializeProfile(mergeProfiles(emptyProfile(), parseProfile(expected) as Profile))).toBe(expected);
  });

  test('profiles with other sketch shapes do not merge', () => {
    const other: Profile = { ...emptyProfile(), width: 16 };
    expect(() => mergeProfiles(a, other)).toThrow('different sketch shapes');
  });

  test('bad files are refused with a reason', () => {
    expect(parseProfile('nope')).toEqual({ error: expect.stringMatching(/^not JSON/) });
    expect(parseProfile('{"format":"x"}')).toEqual({ error: 'not a winnow site profile (no "format": "winnow-site-profile")' });
    expect(parseProfile('{"format":"winnow-site-profile","version":9}')).toEqual({ error: 'unsupported profile version 9 (this winnow reads 1)' });
    const badCell = `{"format":"winnow-site-profile","version":1,"width":4,"depth":1,"sites":{"s":{"pages":1,"cells":{"9":1}}}}`;
    expect(parseProfile(badCell)).toEqual({ error: 'site "s" has a bad cell "9"' });
  });
});

describe('learner memory', () => {
  test('a site never holds more than width × depth cells, however many pages stream through', () => {
    const learner = new ProfileLearner();
    for (let p = 0; p < 3000; p++) {
      learner.addPage('big.example', Array.from({ length: 40 }, (_, k) => `t|unique paragraph ${p} ${k}`));
    }
    expect(learner.cells).toBeLessThanOrEqual(SKETCH.width * SKETCH.depth);
    expect(learner.cells).toBe(Object.keys(learner.toProfile().sites['big.example']!.cells).length);
    expect(learner.toProfile().sites['big.example']!.pages).toBe(3000);
  });

  test('many small sites stay within the cell budget; the smallest sites are dropped first', () => {
    const learner = new ProfileLearner({ width: 64, depth: 2, maxCells: 1000, maxKeysPerPage: 2000 });
    for (let p = 0; p < 40; p++) learner.addPage('main.example', ['t|menu', `t|story ${p}`]);
    for (let s = 0; s < 500; s++) learner.addPage(`site-${String(s).padStart(3, '0')}.example`, [`t|a ${s}`, `t|b ${s}`]);
    expect(learner.cells).toBeLessThanOrEqual(1000);
    expect(learner.pagesBySite().get('main.example')).toBe(40);
    expect(learner.droppedSites().length).toBeGreaterThan(0);
    // A dropped site stays dropped: its count never restarts half-way.
    const dropped = learner.droppedSites()[0]!;
    learner.addPage(dropped, ['t|again']);
    expect(learner.pagesBySite().has(dropped)).toBe(false);
  });

  test('keys per page are capped', () => {
    const learner = new ProfileLearner({ width: 4096, depth: 1, maxCells: 1_000_000, maxKeysPerPage: 10 });
    learner.addPage('s', Array.from({ length: 500 }, (_, k) => `t|k${k}`));
    expect(learner.cells).toBeLessThanOrEqual(10);
  });
});

describe('repeated pages', () => {
  test('a page learned twice for a site counts once; the same page on another site counts there', () => {
    const { ProfileLearner } = jest.requireActual<typeof import('../../../src/profile/learner')>('../../../src/profile/learner');
    const learner = new ProfileLearner();
    learner.addPage('a.example', ['menu', 'article one']);
    learner.addPage('a.example', ['menu', 'article one']);
    learner.addPage('a.example', ['menu', 'article two']);
    learner.addPage('b.example', ['menu', 'article one']);
    expect([...learner.pagesBySite()]).toEqual([['a.example', 2], ['b.example', 1]]);
  });
});

describe('learning from a sample', () => {
  test('maxDocuments takes file inputs at an even stride', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const { findInputs } = await import('../../../src/io/find-inputs');
    const { learnFromInputs } = await import('../../../src/profile/auto');
    const dir = mkdtempSync(path.join(tmpdir(), 'winnow-sample-'));
    const words = 'alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo sierra tango'.split(' ');
    words.forEach((w, i) => writeFileSync(path.join(dir, `${String(i).padStart(2, '0')}.txt`), `Site menu\n\nThe story of ${w} is told here at length.\n`));
    const inputs = findInputs([dir], { ndjson: false, cwd: dir, globs: false });
    const learned = await learnFromInputs(inputs, (async function* () { /* no stdin */ })(), { extract: { site: 'example.org' }, maxDocuments: 5 });
    expect(learned.pagesBySite.get('example.org')).toBe(5);
  });
});

describe('learning on several workers', () => {
  test('two observers finishing out of order learn the same profile as one thread, repeats and unnamed pages included', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const { findInputs } = await import('../../../src/io/find-inputs');
    const { learnFromInputs, observeSettings } = await import('../../../src/profile/auto');
    const { documentRunner, isResult, loadTask } = await import('../../../src/workers/task');
    const { serializeProfile } = await import('../../../src/profile/profile');
    const root = mkdtempSync(path.join(tmpdir(), 'winnow-workers-'));
    const dir = path.join(root, 'news');
    mkdirSync(dir);
    const words = 'alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima'.split(' ');
    // Copies of one page (same bytes, same folder) at 00, 05 and 10: learned once, whichever worker saw them.
    words.forEach((w, i) => writeFileSync(path.join(dir, `${String(i).padStart(2, '0')}.txt`),
      i % 5 === 0 ? 'Site menu\n\nThe same story is told on three pages here.\n' : `Site menu\n\nThe story of ${w} is told here at length.\n`));
    const inputs = findInputs([dir], { ndjson: false, cwd: root, globs: false });
    const noStdin = (async function* () { /* none */ })();
    const one = await learnFromInputs(inputs, noStdin, {});

    // Two "workers", each with its own observer, tasks dealt alternately, the second always answering first.
    const settings = observeSettings({});
    const workers = [documentRunner(settings), documentRunner(settings)];
    let dealt = 0;
    const runner: import('../../../src/profile/auto').ObserveRunner = {
      capacity: 4,
      run: async (task) => {
        const worker = workers[dealt++ % 2]!;
        const loaded = await loadTask(task, settings.extract.maxBytes);
        if (dealt % 2 === 1) await new Promise((resolve) => setTimeout(resolve, 5));
        return isResult(loaded) ? loaded : worker(loaded, task.where);
      },
    };
    const two = await learnFromInputs(inputs, noStdin, { runner });
    expect(serializeProfile(two.profile)).toBe(serializeProfile(one.profile));
    expect([...two.pagesBySite]).toEqual([...one.pagesBySite]);
    expect([...one.pagesBySite]).toEqual([['folder:news', 10]]);
    expect(two.unnamed).toBe(one.unnamed);
  });
});
