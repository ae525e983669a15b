// Rendered in Node by test/ssr/ssr.test.mjs with @lit-labs/ssr: the badge and the page shell.
// Shoelace 2 components cannot render on a server (they read their light DOM while rendering), so
// only the library's own elements are rendered to declarative shadow DOM; the sl-* parts inside
// them are sent as plain tags and upgrade in the browser. README "Server-side rendering" shows it.
import { render, type RenderInfo } from '@lit-labs/ssr';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, type TemplateResult } from 'lit';
import '../../src/index.js';
import { CustomModelsElement } from '../../src/internal/base-element.js';
import { ModelStatusBadge } from '../../src/model-status-badge.js';

class LibraryElementRenderer extends LitElementRenderer {
  static override matchesClass(ctor: typeof HTMLElement): boolean {
    return ctor.prototype instanceof CustomModelsElement || ctor === ModelStatusBadge;
  }
}

const options: Partial<RenderInfo> = { elementRenderers: [LibraryElementRenderer] };
const toHtml = (template: TemplateResult) => collectResult(render(template, options));

export const renderBadge = (status: number) =>
  toHtml(html`<model-status-badge status=${status}></model-status-badge>`);

export const renderPageShell = () => toHtml(html`<custom-models-page></custom-models-page>`);
