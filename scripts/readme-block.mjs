// A block of README.md between `<!-- name -->` and `<!-- /name -->` that a script keeps equal to
// what it measures (the examples' host build sizes, size-limit's entry sizes): its text as
// stated, and a writer that replaces it and formats the README as `npm run lint` expects.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** README.md's `<!-- name -->` block, or undefined when the README has none. */
export function readmeBlock(packageRoot, name) {
  const file = join(packageRoot, 'README.md');
  const readme = readFileSync(file, 'utf8');
  const pattern = new RegExp(`(<!-- ${name} -->\\n)([\\s\\S]*?)(<!-- \\/${name} -->)`);
  const match = pattern.exec(readme);
  if (!match) return undefined;
  return {
    /** What the README states between the markers. */
    stated: match[2],
    /** Replaces the block with `text`, then runs Prettier over README.md. */
    write(text) {
      writeFileSync(
        file,
        readme.replace(pattern, (_, open, __, close) => open + text + close),
      );
      spawnSync(
        process.execPath,
        ['node_modules/prettier/bin/prettier.cjs', '--write', 'README.md'],
        { cwd: packageRoot },
      );
    },
  };
}
