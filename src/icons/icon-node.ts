/** An SVG element as data: its tag, its attributes, then its children. */
export type IconNode = readonly [
  tag: string,
  attributes: { readonly [name: string]: string },
  ...children: IconNode[],
];
