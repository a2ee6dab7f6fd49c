/** CLI entry. STUB: extracts each file operand and prints JSON Lines. Replaced by the full CLI (issue 2). */
import { readFileSync } from 'node:fs';
import { extract } from '../pipeline';

export function main(argv: readonly string[]): void {
  let failed = false;
  for (const path of argv.slice(2)) {
    const out = extract({ id: path, bytes: readFileSync(path) });
    if (out.ok) process.stdout.write(JSON.stringify(out.record) + '\n');
    else { failed = true; process.stderr.write(`winnow: ${path}: ${out.error.message}\n`); }
  }
  process.exitCode = failed ? 1 : 0;
}
