// Generates the framework bindings from custom-elements.json, so a new element (or a new attribute,
// property or event) reaches every framework by running `npm run analyze`:
//
//   src/react/<tag-name>.ts, src/react/index.ts  @lit/react wrappers (`<package>/react`)
//   types/jsx-elements.d.ts                      props and events of every tag, shared by:
//   types/jsx-react.d.ts                         React 19 JSX intrinsic elements
//   types/jsx-preact.d.ts                        Preact JSX intrinsic elements
//   types/jsx-solid.d.ts                         Solid JSX intrinsic elements
//   vscode.html-custom-data.json                 VS Code HTML custom data
//   vscode.css-custom-data.json                  VS Code CSS custom data (custom properties,
//                                                ::part names), by custom-element-vs-code-integration
//
// The HTML data, React wrappers and JSX types are our own: custom-element-vs-code-integration's HTML
// data offered type names as attribute values (`GridColumn[]`, `ModelFilters`) and lost the status
// names of <model-status-badge status>; @wc-toolkit/jsx-types typed events as plain `Event` (no
// `detail`) and attribute forms as property types (`hidden-columns` as an array), so
// test/types/jsx-types.check.tsx did not compile with it.
//
// `--check` writes nothing and fails when a committed file differs from what it would write.
import { readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as prettier from 'prettier';
import { elements, HEADER, REACT_DIR, root, TYPES_DIR } from './framework-types/manifest.mjs';
import { reactFiles } from './framework-types/react.mjs';
import { jsxFiles } from './framework-types/jsx.mjs';
import { vscodeFiles } from './framework-types/vscode.mjs';

const check = process.argv.includes('--check');
const files = new Map([...reactFiles, ...jsxFiles, ...vscodeFiles]);

const formatted = new Map();
for (const [file, text] of files) {
  const options = (await prettier.resolveConfig(join(root, file))) ?? {};
  formatted.set(file, await prettier.format(text, { ...options, filepath: join(root, file) }));
}

/** Generated files on disk that the manifest no longer asks for (a removed element). */
function staleFiles() {
  const stale = [];
  for (const dir of [REACT_DIR, TYPES_DIR]) {
    let names;
    try {
      names = readdirSync(join(root, dir));
    } catch {
      continue;
    }
    for (const name of names) {
      const file = `${dir}/${name}`;
      if (formatted.has(file)) continue;
      if (readFileSync(join(root, file), 'utf8').includes(HEADER)) stale.push(file);
    }
  }
  return stale;
}

if (check) {
  const problems = [];
  for (const [file, text] of formatted) {
    let current;
    try {
      current = readFileSync(join(root, file), 'utf8');
    } catch {
      problems.push(`${file} is missing`);
      continue;
    }
    if (current !== text) problems.push(`${file} is out of date`);
  }
  for (const file of staleFiles()) problems.push(`${file} is no longer generated`);
  if (problems.length) {
    console.error(
      `${problems.join('\n')}\nRun \`npm run analyze\` (or \`npm run types:generate\`) and commit the result.`,
    );
    process.exit(1);
  }
  console.log(`Framework types are up to date (${elements.length} elements).`);
} else {
  for (const file of staleFiles()) rmSync(join(root, file));
  for (const [file, text] of formatted) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    let current;
    try {
      current = readFileSync(join(root, file), 'utf8');
    } catch {
      current = undefined;
    }
    if (current !== text) writeFileSync(join(root, file), text);
  }
  console.log(
    `Framework types for ${elements.length} elements: ${REACT_DIR}/, ${TYPES_DIR}/, vscode.html-custom-data.json, vscode.css-custom-data.json`,
  );
}
