import fs from 'node:fs';
import path from 'node:path';
import { parseText } from '../../../src/parse/text-blocks';

const fixture = (name: string): string => fs.readFileSync(path.join(__dirname, '../../fixtures/text', name), 'utf8');

describe('dumper heading decorations (html2text "*** X ***", Markdown "# X")', () => {
  const blocks = parseText(fixture('aeb-wsj-html2text.txt')).blocks;

  test('a wrapped html2text headline becomes one block without its asterisks, hinted heading-mark', () => {
    const headline = blocks.find((b) => b.text.startsWith('Google Stadia'))!;
    expect(headline.text).toBe('Google Stadia, Microsoft xCloud, Apple Arcade: So Many Ways to Play…and Pay');
    expect(headline.hints).toContain('heading-mark');
  });

  test('a decorated line never joins the wrapped paragraph before or after it', () => {
    expect(blocks.find((b) => b.text.startsWith('There are more devices'))!.text.endsWith('your wallet.')).toBe(true);
    expect(blocks.some((b) => b.text.startsWith('Gaming used to be so simple.'))).toBe(true);
    expect(blocks.find((b) => b.text === 'Volker Saw No Harm in Investigating Unfounded Theories')!.hints).toContain('heading-mark');
  });

  test('Markdown headings', () => {
    const md = parseText('# A headline here\n\nFirst paragraph of the story, long enough to read.\n').blocks;
    expect(md[0]!.text).toBe('A headline here');
    expect(md[0]!.hints).toContain('heading-mark');
  });
});
