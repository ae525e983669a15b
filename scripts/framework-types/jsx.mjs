// JSX intrinsic-element types (types/): the props and events of every tag, and the React 19,
// Preact and Solid declarations built on them.
import {
  doc,
  elements,
  exportedNames,
  HEADER,
  pkg,
  quote,
  rootExports,
  TYPES_DIR,
} from './manifest.mjs';

/** File path to contents. */
export const jsxFiles = new Map();

const jsxElementsFile = `${TYPES_DIR}/jsx-elements.d.ts`;
{
  const classImports = elements
    .map((e) => `import type { ${e.className} } from '${pkg.name}/${e.tagName}.js';`)
    .join('\n');
  // Event classes come from the package root, else from the element's define module; an event
  // class exported by neither is typed as a plain Event.
  const eventImports = new Map();
  for (const element of elements) {
    const fromDefine = exportedNames(element.defineModule);
    for (const event of element.events) {
      const name = event.eventClass?.className;
      if (!name) continue;
      const from = rootExports.has(name)
        ? pkg.name
        : fromDefine.has(name)
          ? `${pkg.name}/${element.tagName}.js`
          : undefined;
      if (!from) {
        event.publicType = 'Event';
        continue;
      }
      event.publicType = name;
      if (!eventImports.has(from)) eventImports.set(from, new Set());
      eventImports.get(from).add(name);
    }
  }
  const interfaces = elements.map((element) => {
    const lines = [];
    const seen = new Set();
    for (const attribute of element.attributes) {
      if (!attribute.fieldName || attribute.fieldName === attribute.name) continue;
      seen.add(attribute.name);
      lines.push(
        `${doc(`${attribute.description}\n\nAttribute form of \`${attribute.fieldName}\`.`.trim(), '  ')}  ${quote(attribute.name)}?: AttributeValue<${element.className}[${quote(attribute.fieldName)}]>;`,
      );
    }
    for (const property of element.properties) {
      if (seen.has(property.name)) continue;
      lines.push(
        `${doc(property.description, '  ')}  ${property.name}?: ${element.className}[${quote(property.name)}];`,
      );
    }
    const events = element.events.map(
      (event) =>
        `${doc(event.description, '  ')}  ${quote(event.name)}: ${event.publicType ?? 'Event'};`,
    );
    return `${doc(`Attributes and properties of \`<${element.tagName}>\`: ${element.summary}`)}export interface ${element.className}JsxProps {
${lines.join('\n')}
}

/** Events of \`<${element.tagName}>\`, by name. */
${
  events.length
    ? `export interface ${element.className}JsxEvents {\n${events.join('\n')}\n}`
    : `export type ${element.className}JsxEvents = Record<never, never>;`
}`;
  });
  jsxFiles.set(
    jsxElementsFile,
    `// ${HEADER}
// The props and events of every tag, shared by jsx-react.d.ts, jsx-preact.d.ts and jsx-solid.d.ts.
${classImports}
${[...eventImports]
  .map(([from, names]) => `import type { ${[...names].sort().join(', ')} } from '${from}';`)
  .join('\n')}

/** Attribute values are text: a property of another type is written as its string form. */
export type AttributeValue<T> = T extends string | number | boolean | null | undefined ? T : string;

${interfaces.join('\n\n')}

/** Every tag's element class. */
export interface CustomModelsElementClasses {
${elements.map((e) => `  ${quote(e.tagName)}: ${e.className};`).join('\n')}
}

/** Every tag's attributes and properties. */
export interface CustomModelsElementProps {
${elements.map((e) => `  ${quote(e.tagName)}: ${e.className}JsxProps;`).join('\n')}
}

/** Every tag's events, by name. */
export interface CustomModelsElementEvents {
${elements.map((e) => `  ${quote(e.tagName)}: ${e.className}JsxEvents;`).join('\n')}
}
`,
  );
}

const usage = (host, how) => `// ${HEADER}
// ${host} JSX types for every tag: import once, e.g. in a \`.d.ts\` of the app,
//   ${how}
`;

const sharedImport = `import type {
  CustomModelsElementClasses,
  CustomModelsElementEvents,
  CustomModelsElementProps,
} from './jsx-elements.js';

type Tag = keyof CustomModelsElementClasses;`;

jsxFiles.set(
  `${TYPES_DIR}/jsx-react.d.ts`,
  `${usage('React 19', `import type {} from '${pkg.name}/jsx-react';`)}// React 19 sets a prop as a property when the element has it, else as an attribute, and listens to
// \`on<event-name>\` props (\`onmodel-open\`) as the event of that exact name. React 18 and older:
// use the wrappers from '${pkg.name}/react' instead.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
${sharedImport}

type EventProps<T extends Tag> = {
  [E in keyof CustomModelsElementEvents[T] as \`on\${E & string}\`]?: (
    event: CustomModelsElementEvents[T][E],
  ) => void;
};

/** Props of a tag in React 19 JSX. */
export type ReactIntrinsicProps<T extends Tag> = Omit<
  DetailedHTMLProps<HTMLAttributes<CustomModelsElementClasses[T]>, CustomModelsElementClasses[T]>,
  keyof CustomModelsElementProps[T]
> &
  CustomModelsElementProps[T] &
  EventProps<T>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${elements.map((e) => `      ${quote(e.tagName)}: ReactIntrinsicProps<${quote(e.tagName)}>;`).join('\n')}
    }
  }
}
`,
);

jsxFiles.set(
  `${TYPES_DIR}/jsx-preact.d.ts`,
  `${usage('Preact', `import type {} from '${pkg.name}/jsx-preact';`)}// Preact sets a prop as a property when the element has it, and listens to \`on<event-name>\`
// props (\`onmodel-open\`) as the event of that exact name.
import type { JSX } from 'preact';
${sharedImport}

type EventProps<T extends Tag> = {
  [E in keyof CustomModelsElementEvents[T] as \`on\${E & string}\`]?: (
    event: CustomModelsElementEvents[T][E],
  ) => void;
};

/** Props of a tag in Preact JSX. */
export type PreactIntrinsicProps<T extends Tag> = Omit<
  JSX.HTMLAttributes<CustomModelsElementClasses[T]>,
  keyof CustomModelsElementProps[T]
> &
  CustomModelsElementProps[T] &
  EventProps<T>;

declare global {
  namespace preact.JSX {
    interface IntrinsicElements {
${elements.map((e) => `      ${quote(e.tagName)}: PreactIntrinsicProps<${quote(e.tagName)}>;`).join('\n')}
    }
  }
}
`,
);

jsxFiles.set(
  `${TYPES_DIR}/jsx-solid.d.ts`,
  `${usage('Solid', `import type {} from '${pkg.name}/jsx-solid';`)}// Solid sets props of a custom element as properties and listens to \`on:<event-name>\`
// (\`on:model-open\`) as the event of that exact name.
import type { JSX } from 'solid-js';
${sharedImport}

type EventProps<T extends Tag> = {
  [E in keyof CustomModelsElementEvents[T] as \`on:\${E & string}\`]?: (
    event: CustomModelsElementEvents[T][E],
  ) => void;
};

/** Props of a tag in Solid JSX. */
export type SolidIntrinsicProps<T extends Tag> = Omit<
  JSX.HTMLAttributes<CustomModelsElementClasses[T]>,
  keyof CustomModelsElementProps[T]
> &
  CustomModelsElementProps[T] &
  EventProps<T>;

declare module 'solid-js' {
  namespace JSX {
    interface IntrinsicElements {
${elements.map((e) => `      ${quote(e.tagName)}: SolidIntrinsicProps<${quote(e.tagName)}>;`).join('\n')}
    }
  }
}
`,
);
