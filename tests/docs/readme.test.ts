/** The README's options section is generated from the flag table; a flag change must regenerate it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withOptionsSection } from '../../src/cli/flags-markdown';

test('README options section matches src/cli/flags.ts (run: npm run build && node scripts/readme-options.mjs)', () => {
  const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
  expect(withOptionsSection(readme)).toBe(readme);
});

test('README quick start is the two commands the project promises', () => {
  const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
  expect(readme).toContain('npm install && ./bin/winnow samples/');
  expect(readme).toMatch(/^npm test\b/m);
});
