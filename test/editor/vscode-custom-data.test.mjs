// The VS Code custom data files, loaded by VS Code's own HTML and CSS language services as the
// editor does with `html.customData` / `css.customData`: completions offer our tags, attributes,
// status values with their names, custom properties and parts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import * as css from 'vscode-css-languageservice';
import * as html from 'vscode-html-languageservice';
import { TextDocument } from 'vscode-languageserver-textdocument';

const root = new URL('../../', import.meta.url);
const load = (name) => JSON.parse(readFileSync(new URL(name, root), 'utf8'));

/** Completion labels (and their documentation) at the `|` in `text`. */
function htmlCompletions(text) {
  const service = html.getLanguageService({
    customDataProviders: [
      html.newHTMLDataProvider('custom-models', load('vscode.html-custom-data.json')),
    ],
  });
  const offset = text.indexOf('|');
  const document = TextDocument.create('file:///a.html', 'html', 1, text.replace('|', ''));
  const list = service.doComplete(
    document,
    document.positionAt(offset),
    service.parseHTMLDocument(document),
  );
  return list.items;
}

function cssCompletions(text) {
  const service = css.getCSSLanguageService({
    customDataProviders: [css.newCSSDataProvider(load('vscode.css-custom-data.json'))],
  });
  const offset = text.indexOf('|');
  const document = TextDocument.create('file:///a.css', 'css', 1, text.replace('|', ''));
  return service.doComplete(
    document,
    document.positionAt(offset),
    service.parseStylesheet(document),
  ).items;
}

const docOf = (item) =>
  typeof item.documentation === 'string' ? item.documentation : (item.documentation?.value ?? '');

test('HTML data: every tag, its attributes and the status values with their names', () => {
  const tags = htmlCompletions('<|').map((item) => item.label);
  for (const tag of ['custom-models-page', 'models-grid', 'model-status-badge']) {
    assert.ok(tags.includes(tag), `${tag} in ${tags.join(', ')}`);
  }
  const attributes = htmlCompletions('<models-grid |></models-grid>').map((item) => item.label);
  for (const name of ['page-size', 'sort', 'hidden-columns', 'refresh-interval']) {
    assert.ok(attributes.includes(name), `${name} in ${attributes.join(', ')}`);
  }
  const values = htmlCompletions('<model-status-badge status="|"></model-status-badge>');
  assert.deepEqual(
    values.map((item) => [item.label, docOf(item).trim()]),
    [
      ['1', 'Not Running'],
      ['2', 'Ready to Run'],
      ['3', 'Running'],
      ['4', 'Success'],
      ['5', 'Failed'],
    ],
  );
  // No type names offered as values.
  assert.deepEqual(htmlCompletions('<models-grid hidden-columns="|"></models-grid>'), []);
});

test('CSS data: our custom properties and parts', () => {
  const properties = cssCompletions('model-status-badge { | }').map((item) => item.label);
  assert.ok(properties.includes('--cm-status-success-background'), properties.slice(0, 20).join());
  const parts = cssCompletions('custom-models-page::|').map((item) => item.label);
  assert.ok(
    parts.some((label) => label.startsWith('::part(') && label.includes('banner')),
    parts.filter((label) => label.startsWith('::part')).join(', '),
  );
});
