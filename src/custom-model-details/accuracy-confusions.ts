import { html, nothing } from 'lit';
import type { LocalizeController } from '../i18n/localize.js';
import type { AccuracyReport, ConfusionPair } from '../scoring/report.js';

/* The words the custom model fixed and the ones it broke, across the test set: two tables. */

function renderPairs(
  localize: LocalizeController,
  caption: string,
  pairs: ConfusionPair[],
  kind: string,
) {
  const term = localize.term.bind(localize);
  const count = (n: number) => localize.number(n);
  // In a scroll region of its own, as "Errors by kind": a narrow window in Dutch with long words
  // ("(niets gezegd)", "bestellingx") needs more than the section's width, and the page must not
  // scroll sideways for it.
  return html`<div class="table-scroll">
    <table class="confusions confusions-${kind}">
      <caption>
        ${caption}
      </caption>
      ${
        pairs.length
          ? html`<thead>
                <tr>
                  <th scope="col">${term('cm.accuracy.col.said')}</th>
                  <th scope="col">${term('cm.accuracy.col.heard')}</th>
                  <th scope="col" class="num">${term('cm.accuracy.base')}</th>
                  <th scope="col" class="num">${term('cm.accuracy.custom')}</th>
                </tr>
              </thead>
              <tbody>
                ${pairs.slice(0, 20).map(
                  (pair) =>
                    html`<tr>
                      <td class="word">${pair.reference ?? term('cm.accuracy.added')}</td>
                      <td class="word">${pair.hypothesis ?? term('cm.accuracy.leftOut')}</td>
                      <td class="num">${count(pair.base)}</td>
                      <td class="num">${count(pair.custom)}</td>
                    </tr>`,
                )}
              </tbody>`
          : html`<tbody>
              <tr>
                <td>${term('cm.accuracy.noConfusions')}</td>
              </tr>
            </tbody>`
      }
    </table>
  </div>`;
}

/** What the custom model fixed and what it broke across the set, 20 pairs each at most. */
export function renderConfusions(localize: LocalizeController, report: AccuracyReport) {
  const term = localize.term.bind(localize);
  if (!report.items.some((item) => item.source === 'texts')) return nothing;
  return html`<section class="confusion-pairs" aria-labelledby="confusions-title">
    <h4 id="confusions-title">${term('cm.accuracy.confusions')}</h4>
    <div class="confusion-tables">
      ${renderPairs(localize, term('cm.accuracy.fixed'), report.confusions.fixed, 'fixed')}
      ${renderPairs(localize, term('cm.accuracy.broken'), report.confusions.broken, 'broken')}
    </div>
  </section>`;
}
