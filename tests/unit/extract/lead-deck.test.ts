import fs from 'node:fs';
import path from 'node:path';
import { labelBlocks } from '../../../src/clean/label';
import { extractFields } from '../../../src/extract/fields';
import { parseText } from '../../../src/parse/text-blocks';

const fixture = (name: string): string => fs.readFileSync(path.join(__dirname, '../../fixtures/lead-deck', name), 'utf8');
const run = (name: string, language: string): ReturnType<typeof extractFields> => {
  const page = parseText(fixture(name));
  return extractFields(labelBlocks(page, language), page, language);
};

const ASSABAH_DECK = 'الجيل الذي سعى النظام لتدجينه طوال 3 عقود هو الذي ينتفض مطالبا بحريته وكرامته -كنا وطنا واحدا فأصبحنا وطنين'
  + ' وبدل الشعب صرنا شعبين وبدل الحرب الواحدة أصبحت عندنا حروب استنزاف';

describe('deck between headline and byline (text dumps)', () => {
  test('a lone bulleted subtitle above the "حوار:" byline is the lead (w3m)', () => {
    const fields = run('assabah-w3m.txt', 'ar');
    expect(fields.lead).toBe(ASSABAH_DECK);
    expect(fields.body!.startsWith('مالذي يحدث في السودان؟')).toBe(true);
    expect(fields.body).not.toContain('الجيل الذي سعى النظام');
  });

  test('the same page hard-wrapped by lynx, with a wrapped embed URL above the subtitle', () => {
    expect(run('assabah-lynx.txt', 'ar').lead).toBe(ASSABAH_DECK);
  });

  test('an English standfirst above "By NAME" and the published line', () => {
    const fields = run('aeb-express-lynx.txt', 'en');
    expect(fields.lead).toBe('CHINA has sent troops to Hong Kong in a bid to restore order following the months of violent riots,'
      + ' warnings it will not allow the city to spiral into chaos.');
    expect(fields.body!.startsWith('This comes after police said')).toBe(true);
  });
});

describe('no deck invented', () => {
  test('a reader poll between headline and byline is not a lead', () => {
    expect(run('albayan-w3m.txt', 'ar').lead).toBeNull();
  });

  test('an author bio after the byline is not a lead', () => {
    expect(run('techcrunch-w3m.txt', 'en').lead).toBeNull();
  });

  test('a photo caption closed by "(photographer/agency)" is not a lead', () => {
    const fields = run('aeb-ap-caption-lynx.txt', 'en');
    expect(fields.lead).toBeNull();
    expect(fields.body!.startsWith('MADRID — Rafael Nadal kept Spain’s hopes alive')).toBe(true);
  });
});
