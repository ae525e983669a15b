// Fails when custom-elements.json is not what the analyzer makes from the current source.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// The analyzer resolves --outdir against the project, so the fresh copy goes inside it.
const outdir = join('node_modules', '.cache', 'cem-check');
mkdirSync(outdir, { recursive: true });
try {
  execFileSync('npx', ['cem', 'analyze', '--outdir', outdir], { stdio: 'inherit' });
  const fresh = readFileSync(join(outdir, 'custom-elements.json'), 'utf8');
  const committed = readFileSync('custom-elements.json', 'utf8');
  if (fresh !== committed) {
    console.error('custom-elements.json is out of date: run `npm run analyze` and commit it.');
    process.exit(1);
  }
  console.log('custom-elements.json is up to date.');
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
