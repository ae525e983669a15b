// Type-checks every TypeScript snippet of README.md (```ts and ```tsx blocks) under `strict`, as a
// host's code: each block is a module of its own that imports the package by name, resolved
// through package.json "exports" (to the sources, so it runs before a build). Part of
// `npm run typecheck`.
//
// A comment line before a block (blank lines between) may say how to read it:
//   <!-- readme-check: partial MyApi implements CustomModelsApi -->
//       the class shows some of the methods: the others are taken as declared (the interface
//       is merged into the class), everything shown is checked.
//   <!-- readme-check: excerpt of examples/angular/src/app.component.ts -->
//       the block is an excerpt of that file (its lines, in order; `// …` lines stand for what is
//       left out), which CI builds and runs (`npm run examples:build`).
// Names a snippet uses without defining them (your adapter, your router) are declared in
// scripts/readme-snippets.d.ts.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '..');
// `--readme <file>`: another Markdown file (the tests check that a broken snippet is caught).
const readmeAt = process.argv.indexOf('--readme');
const readmePath = readmeAt > 0 ? resolve(process.argv[readmeAt + 1]) : join(root, 'README.md');
const readmeName = relative(root, readmePath);
const out = join(root, 'node_modules/.cache/readme-snippets');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** The README's code blocks: language, first line of code (1-based), code, directive. */
function blocks(text) {
  const lines = text.split('\n');
  const found = [];
  for (let i = 0; i < lines.length; i++) {
    const open = lines[i].match(/^```(\w+)\s*$/);
    if (!open) continue;
    const end = lines.findIndex((line, j) => j > i && line.startsWith('```'));
    let before = i - 1;
    while (before > 0 && !lines[before].trim()) before--;
    const directive = lines[before]?.match(/^<!-- readme-check: (.+?) -->$/)?.[1];
    found.push({ lang: open[1], line: i + 2, code: lines.slice(i + 1, end).join('\n'), directive });
    i = end;
  }
  return found;
}

const problems = [];
const readme = readFileSync(readmePath, 'utf8');
const snippets = blocks(readme).filter((block) => ['ts', 'tsx'].includes(block.lang));

// Excerpts: every line of the block, in order, in the file named.
for (const snippet of snippets) {
  const excerpt = snippet.directive?.match(/^excerpt of (\S+)$/)?.[1];
  if (!excerpt) continue;
  const source = readFileSync(join(root, excerpt), 'utf8')
    .split('\n')
    .map((line) => line.trim());
  let at = 0;
  for (const [i, raw] of snippet.code.split('\n').entries()) {
    const line = raw.trim();
    if (!line || /^(\/\/ )?…$/.test(line)) continue;
    const found = source.indexOf(line, at);
    if (found < 0) {
      problems.push(
        `${readmeName}:${snippet.line + i}: not in ${excerpt} (after line ${at}): ${line}`,
      );
      break;
    }
    at = found + 1;
  }
}

// Every entry point, as its source: what `import … from '<package>/…'` reaches.
const paths = {};
for (const [subpath, target] of Object.entries(pkg.exports)) {
  const types = typeof target === 'object' ? target.types : undefined;
  if (!types || subpath.includes('*')) continue;
  const specifier = subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
  const source = types.startsWith('./dist/types/')
    ? `./src/${types.slice('./dist/types/'.length).replace(/\.d\.ts$/, '.ts')}`
    : types;
  paths[specifier] = [join(root, source)];
}

rmSync(out, { recursive: true, force: true });
// Snippets sit in test/ of a pretend host project whose adapter is src/my-api.ts.
mkdirSync(join(out, 'test'), { recursive: true });
mkdirSync(join(out, 'src'), { recursive: true });
writeFileSync(
  join(out, 'src/my-api.ts'),
  `// The host's adapter the README's conformance snippets import.
import { InMemoryCustomModelsApi } from '${pkg.name}/adapters.js';
export class MyApi extends InMemoryCustomModelsApi {
  constructor(readonly options: { baseUrl?: string } = {}) {
    super();
  }
}
`,
);
const files = [];
for (const snippet of snippets) {
  if (snippet.directive?.startsWith('excerpt of ')) continue;
  let code = snippet.code;
  const partial = snippet.directive?.match(/^partial (\w+) implements (\w+)$/);
  if (partial) {
    const [, name, contract] = partial;
    code += `\n// readme-check: the methods the snippet leaves out\ninterface ${name} extends ${contract} {}\n`;
    if (!new RegExp(`\\b${contract}\\b`).test(snippet.code.split('\n').slice(0, 12).join('\n')))
      code = `import type { ${contract} } from '${pkg.name}';\n${code}`;
  } else if (snippet.directive) {
    problems.push(`${readmeName}:${snippet.line - 2}: unknown directive "${snippet.directive}"`);
  }
  // A module of its own, also when it imports nothing.
  const file = join(out, 'test', `readme-line-${snippet.line}.${snippet.lang}`);
  writeFileSync(file, `${code}\nexport {};\n`);
  files.push({ file, snippet, added: 0 });
}

const options = {
  strict: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  jsx: ts.JsxEmit.ReactJSX,
  types: ['node', 'mocha'],
  typeRoots: [join(root, 'node_modules/@types')],
  // The package's own sources are compiled as the package compiles them.
  experimentalDecorators: true,
  useDefineForClassFields: false,
  skipLibCheck: true,
  noEmit: true,
  baseUrl: root,
  paths,
};
const program = ts.createProgram(
  [...files.map(({ file }) => file), join(root, 'scripts/readme-snippets.d.ts')],
  options,
);
const snippetOf = new Map(files.map((entry) => [resolve(entry.file), entry.snippet]));
for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
  const fileName = diagnostic.file ? resolve(diagnostic.file.fileName) : '';
  const snippet = snippetOf.get(fileName);
  if (snippet && diagnostic.start !== undefined) {
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    const lines = snippet.code.split('\n').length;
    const where =
      line < lines ? `${readmeName}:${snippet.line + line}` : `${readmeName}:${snippet.line}`;
    problems.push(`${where}: ${message}`);
  } else {
    const where = diagnostic.file ? relative(root, fileName) : 'compiler';
    problems.push(`${where}: ${message}`);
  }
}

if (problems.length) {
  console.error(`${readmeName}: its TypeScript does not compile:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`${readmeName}: ${snippets.length} TypeScript snippets compile under strict.`);
