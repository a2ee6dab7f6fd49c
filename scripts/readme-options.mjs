#!/usr/bin/env node
// Rewrites the README's options section from the flag table (src/cli/flags.ts, via dist/).
//   npm run build && node scripts/readme-options.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { withOptionsSection } = createRequire(import.meta.url)(join(root, 'dist/cli/flags-markdown.js'));
const file = join(root, 'README.md');
const before = readFileSync(file, 'utf8');
const after = withOptionsSection(before);
if (after !== before) writeFileSync(file, after);
console.log(after === before ? 'README options section is current' : 'README options section rewritten');
