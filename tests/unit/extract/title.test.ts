/**
 * Headline scoring on text dumps: no fixed search window (distance penalises instead), captions with a
 * photo credit and the article's first paragraph lose, a line heading the date/byline wins.
 */
import fs from 'node:fs';
import path from 'node:path';
import { labelBlocks } from '../../../src/clean/label';
import { extractFields } from '../../../src/extract/fields';
import { buildView } from '../../../src/extract/page-view';
import { titleCandidates } from '../../../src/extract/title';
import { parseText } from '../../../src/parse/text-blocks';

const fixture = (name: string): string => fs.readFileSync(path.join(__dirname, '../../fixtures/text', name), 'utf8');
const fieldsOf = (text: string, language: string): ReturnType<typeof extractFields> => {
  const page = parseText(text);
  return extractFields(labelBlocks(page, language), page, language);
};

describe('text-dump headlines', () => {
  test('the Youm7 headline, also when the dump has no blank lines (innerText-style)', () => {
    const title = 'وزير الرى يشهد توقيع عقد دراسة تحديد السحب الآمن للخزانات الجوفية مع جامعة القاهرة';
    expect(fieldsOf(fixture('youm7-excerpt.txt'), 'ar').title).toBe(title);
    const joined = fixture('youm7-excerpt.txt').split('\n').filter((l) => l.trim()).join('\n');
    expect(fieldsOf(joined, 'ar').title).toBe(title);
  });

  test('the html2text headline, marked by its asterisks, over the standfirst', () => {
    expect(fieldsOf(fixture('aeb-wsj-html2text.txt'), 'en').title).toBe('Google Stadia, Microsoft xCloud, Apple Arcade: So Many Ways to Play…and Pay');
  });

  test('the headline above the byline wins over the first paragraph of the story', () => {
    const page = parseText(fixture('aeb-pft-comments.txt'));
    const view = buildView(labelBlocks(page, 'en'), page, 'en');
    const ranked = titleCandidates(view).sort((a, b) => b.score - a.score);
    expect(view.blocks[ranked[0]!.index]!.text).toBe('Anthony Lynn: “We needed to win this game”');
    expect(ranked[0]!.parts['meta']).toBeGreaterThan(0);
  });

  test('a caption closing on a photo credit is penalised', () => {
    const dump = [
      'Snooze cruise: Study sees future for hibernating astronauts',
      'Published Monday, November 18, 2019 8:22AM EST',
      'Marian Scott smiles for the camera after her school photo shoot in Georgia. (Jermaine Horton/CNN)',
      'BERLIN -- The European Space Agency says putting astronauts into a state of suspended animation could make it easier to send them to Mars.',
      'The agency said Monday that its researchers examined how hibernation would affect the design of a crewed mission to the red planet.',
      'While slowing down humans\' metabolic rate similarly to the way animals hibernate isn\'t possible yet, research on it is advancing.',
    ].join('\n\n');
    const page = parseText(dump);
    const view = buildView(labelBlocks(page, 'en'), page, 'en');
    const caption = titleCandidates(view).find((c) => view.blocks[c.index]!.text.startsWith('Marian Scott'));
    expect(caption?.parts['caption'] ?? -1).toBeLessThan(0);
    expect(fieldsOf(dump, 'en').title).toBe('Snooze cruise: Study sees future for hibernating astronauts');
  });
});
