/**
 * General rules of the block classifier, each on a real page excerpt from the Article Extraction Benchmark
 * (w3m/html2text dumps, see tests/fixtures/text/PROVENANCE.md): comment sections end the article, a
 * cookie banner above the story is not a footer, languages without a measuring stopword list are judged
 * by sentence shape, and photo credits are not copyright footers.
 */
import fs from 'node:fs';
import path from 'node:path';
import { labelBlocks } from '../../../src/clean/label';
import { findMarker } from '../../../src/clean/markers';
import { matchKey } from '../../../src/clean/match-key';
import { footerStart, cutAtClosingSection } from '../../../src/clean/region';
import { hasStopwords, stopwordsFor } from '../../../src/clean/stopwords';
import { parseText } from '../../../src/parse/text-blocks';

const fixture = (name: string): string => fs.readFileSync(path.join(__dirname, '../../fixtures/text', name), 'utf8');
const kept = (name: string, language: string): string[] =>
  labelBlocks(parseText(fixture(name)), language).filter((b) => b.label === 'content').map((b) => b.text);
const kind = (text: string): string | null => findMarker(matchKey(text))?.kind ?? null;

describe('comment sections end the article', () => {
  const labelled = labelBlocks(parseText(fixture('aeb-pft-comments.txt')), 'en');
  const content = labelled.filter((b) => b.label === 'content').map((b) => b.text);

  test('the story paragraphs stay, the reader comments after "34 responses to …" go', () => {
    expect(content[0]).toMatch(/^Chargers coach Anthony Lynn recognizes/);
    expect(content[content.length - 1]).toMatch(/^At 4-7, including 2-6 in the AFC/);
    expect(content.some((t) => t.startsWith('Rivers is done'))).toBe(false);
  });

  test('the heading is a comment marker and explains the cut', () => {
    expect(kind('34 responses to “Anthony Lynn: “We needed to win this game””')).toBe('comments');
    expect(kind('10 Comments')).toBe('comments');
    const comment = labelled.find((b) => b.text.startsWith('Rivers is done'))!;
    expect(comment.reason).toMatch(/outside the article region/);
  });

  test('a comment heading right at the region start does not cut anything', () => {
    expect(cutAtClosingSection({ start: 0, end: 5 }, [1], [10, 0, 400, 400, 400, 400])).toEqual({ start: 0, end: 5 });
    expect(cutAtClosingSection({ start: 0, end: 5 }, [3], [10, 300, 400, 0, 400, 400])).toEqual({ start: 0, end: 2 });
  });
});

describe('the footer starts at a copyright line, not at a cookie or privacy notice', () => {
  test('a cookie banner above the story keeps the story', () => {
    const content = kept('aeb-sportsnet-cookie.txt', 'en');
    expect(content.some((t) => t.startsWith('MADRID — Rafael Nadal kept Spain’s hopes alive'))).toBe(true);
    expect(content.some((t) => t.startsWith('Rogers Media uses cookies'))).toBe(false);
  });

  test('footerStart: the first copyright line after enough content', () => {
    expect(footerStart([1, 4], [100, 0, 200, 200, 0, 500])).toBe(4);
    expect(footerStart([0], [0, 300])).toBe(2);
  });

  test('copyright lines vs photo credits and policy links', () => {
    expect(kind('© 2000-2019 Rogers Media. All rights reserved. Privacy Policy Ad Choices Terms of Service')).toBe('copyright');
    expect(kind('©2019 CBS Broadcasting Inc. All Rights Reserved. Powered by WordPress.com VIP')).toBe('copyright');
    expect(kind('© 2020 Sputnik. جميع الحقوق محفوظة')).toBe('copyright');
    expect(kind('Image copyright Getty Images')).toBe('credit');
    expect(kind('This site is protected by recaptcha Privacy Policy | Terms of Service')).toBe('legal');
    expect(kind('We use cookies (why?) You can change cookie preferences. Continued site use signifies consent.')).toBe('legal');
  });
});

describe('languages whose stopword list does not measure them are judged by shape', () => {
  test('stopword lists for every stopwords-iso language, none for unspaced scripts', () => {
    expect(stopwordsFor('ru').has('и')).toBe(true);
    expect(stopwordsFor('de').has('und')).toBe(true);
    expect(hasStopwords('ja')).toBe(false);
    expect(stopwordsFor('ja').size).toBe(0);
  });

  test('a Korean column keeps its paragraphs and drops its link lists', () => {
    const content = kept('aeb-entermedia-ko.txt', 'ko');
    expect(content.length).toBeGreaterThanOrEqual(8);
    expect(content.some((t) => t.startsWith('[엔터미디어=정덕현의 이슈공감]'))).toBe(true);
    expect(content.some((t) => t.startsWith('‘골목식당’ 결국'))).toBe(false);
  });
});
