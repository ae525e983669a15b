// Shared by the generators: write a generated file, or with `--check` fail when the committed copy
// differs from what would be written (a missing file counts as out of date).
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * @param {URL} file where the generated text lives
 * @param {string} source the text the generator makes now
 * @param {{ name: string, command: string, written: string }} messages
 */
export function writeOrCheck(file, source, { name, command, written }) {
  if (!process.argv.includes('--check')) {
    writeFileSync(file, source);
    console.log(written);
    return;
  }
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    /* missing counts as stale */
  }
  if (current !== source) {
    console.error(`${name} is out of date: run \`${command}\`.`);
    process.exit(1);
  }
}
