// VS Code custom data: the HTML data (tags, attributes, values) is ours; the CSS data (custom
// properties, ::part names) comes from custom-element-vs-code-integration.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { elements, manifest, pkg, root } from './manifest.mjs';

/** File path to contents. */
export const vscodeFiles = new Map();

/** Status names from the English catalogue (`'cm.status.3': 'Running'`). */
function statusNames() {
  const names = new Map();
  const dir = join(root, 'src/i18n/en');
  for (const file of readdirSync(dir)) {
    const text = readFileSync(join(dir, file), 'utf8');
    for (const [, code, name] of text.matchAll(/'cm\.status\.(\d+)':\s*'([^']*)'/g))
      names.set(code, name);
  }
  return names;
}
const statuses = statusNames();

function attributeValues(element, attribute) {
  const type = (attribute.type ?? '').replace(/\s*\|\s*(undefined|null)\b/g, '').trim();
  if (type === 'boolean') return { valueSet: 'v' };
  const literals = [...type.matchAll(/'([^']*)'/g)].map((m) => m[1]);
  if (literals.length && /^('[^']*'\s*\|?\s*)+$/.test(type))
    return { values: literals.map((name) => ({ name })) };
  if (element.tagName === 'model-status-badge' && attribute.name === 'status' && statuses.size)
    return {
      values: [...statuses].map(([name, description]) => ({ name, description })),
    };
  return {};
}

const referenceBase = pkg.homepage ?? undefined;
const customData = {
  $schema:
    'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  tags: elements.map((element) => {
    const events = element.events.map((e) => `- \`${e.name}\`: ${e.description}`).join('\n');
    const slots = element.slots
      .map((s) => `- ${s.name ? `\`${s.name}\`` : 'default'}: ${s.description ?? ''}`)
      .join('\n');
    const description = [
      element.summary || element.description,
      events && `Events:\n${events}`,
      slots && `Slots:\n${slots}`,
    ]
      .filter(Boolean)
      .join('\n\n');
    return {
      name: element.tagName,
      description,
      attributes: element.attributes.map((attribute) => ({
        name: attribute.name,
        description: attribute.description || undefined,
        ...attributeValues(element, attribute),
      })),
      ...(referenceBase ? { references: [{ name: 'Documentation', url: referenceBase }] } : {}),
    };
  }),
};
vscodeFiles.set('vscode.html-custom-data.json', `${JSON.stringify(customData, null, 2)}\n`);

// The CSS data from the tool, written to a scratch folder and kept like the other files.
{
  const scratch = mkdtempSync(join(tmpdir(), 'vscode-css-data-'));
  const log = console.log;
  // Its closing "Generated <scratch path>" line ignores `hideLogs` (1.5.0).
  console.log = () => {};
  try {
    generateVsCodeCustomElementData(structuredClone(manifest), {
      outdir: scratch,
      htmlFileName: null,
      cssFileName: 'vscode.css-custom-data.json',
      hideLogs: true,
    });
    console.log = log;
    vscodeFiles.set(
      'vscode.css-custom-data.json',
      readFileSync(join(scratch, 'vscode.css-custom-data.json'), 'utf8'),
    );
  } finally {
    console.log = log;
    rmSync(scratch, { recursive: true, force: true });
  }
}
