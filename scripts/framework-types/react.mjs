// React wrappers (src/react): one @lit/react component per element, typed props and event callbacks.
import { readdirSync } from 'node:fs';
import { doc, elements, HEADER, importPath, quote, REACT_DIR } from './manifest.mjs';

/** The shipped languages (src/translations/<code>.ts), which the root import registers too. */
const languages = readdirSync(new URL('../../src/translations/', import.meta.url))
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -3))
  .sort();

/** File path to contents. */
export const reactFiles = new Map();

for (const element of elements) {
  const file = `${REACT_DIR}/${element.tagName}.ts`;
  const classAlias = `${element.className}Element`;
  const typed = element.events.filter((e) => e.eventClass);
  const eventImports = new Map();
  for (const event of typed) {
    const from = importPath(file, event.eventClass.module);
    if (!eventImports.has(from)) eventImports.set(from, new Set());
    eventImports.get(from).add(event.eventClass.className);
  }
  const eventLines = element.events.map((event) => {
    const type = event.eventClass?.className ?? 'Event';
    return `${doc(event.description, '    ')}    ${event.prop}: ${quote(event.name)} as EventName<${type}>,`;
  });
  const summary = element.summary || element.description.split('\n\n')[0];
  reactFiles.set(
    file,
    `// ${HEADER}
import * as React from 'react';
import { createComponent${element.events.length ? ', type EventName' : ''} } from '@lit/react';
import { ${element.className} as ${classAlias} } from '${importPath(file, element.defineModule)}';
${[...eventImports]
  .map(([from, names]) => `import type { ${[...names].sort().join(', ')} } from '${from}';`)
  .join('\n')}

${doc(
  `\`<${element.tagName}>\` for React: ${summary}\n\nImporting it defines the element. Properties are set as properties (\`api\`, objects), events${
    element.events.length
      ? ` arrive in ${element.events.map((e) => `\`${e.prop}\``).join(', ')}`
      : ' are none'
  }.`,
)}export const ${element.className} = /* @__PURE__ */ createComponent({
  tagName: ${quote(element.tagName)},
  elementClass: ${classAlias},
  react: React,
  displayName: ${quote(element.className)},${
    element.events.length ? `\n  events: {\n${eventLines.join('\n')}\n  },` : ''
  }
});

/** Props of {@link ${element.className}}. */
export type ${element.className}Props = React.ComponentProps<typeof ${element.className}>;
`,
  );
}

reactFiles.set(
  `${REACT_DIR}/index.ts`,
  `// ${HEADER}
/**
 * React components for every element, made with \`@lit/react\`: typed props (properties such as
 * \`api\` are set as properties) and typed event callbacks (\`onModelOpen\`, …). React is an
 * optional peer dependency of the package; only this entry point imports it. Like the root
 * import, it registers every shipped language (the components follow the nearest \`lang\`).
 * @packageDocumentation
 */
${elements
  .map((e) => `export { ${e.className}, type ${e.className}Props } from './${e.tagName}.js';`)
  .join('\n')}

${languages.map((code) => `import '../translations/${code}.js';`).join('\n')}
`,
);
