import { expect } from '@open-wc/testing';
import type { NotifyKind } from '../src/events/events.js';
import { en } from '../src/i18n/en.js';
import { nl } from '../src/i18n/nl.js';
import { fr } from '../src/i18n/fr.js';
import { de } from '../src/i18n/de.js';

/*
 * One pattern for every notice (the toasts of the page, a host's notification centre): a sentence
 * that ends with a full stop, naming the model or file it is about between the language's own
 * quotation marks. The table names the catalogue entry each notice kind is made from, as the
 * elements make them; a new kind fails the type-check until it is listed here.
 */
type Entry = readonly [key: string, ...args: unknown[]];
const NAME = 'Medical EN';
const REASON = 'Something went wrong. Please try again.';
const NOTICES: Record<NotifyKind, Entry> = {
  'model-created': ['cm.create.success'],
  'model-deleted': ['cm.delete.success'],
  'model-delete-failed': ['cm.delete.failed', NAME, REASON],
  'model-renamed': ['cm.details.renamed'],
  'training-started': ['cm.details.trainStarted', NAME],
  'training-succeeded': ['cm.details.outcomeSuccess', NAME],
  'training-failed': ['cm.details.outcomeFailed', NAME],
  'datasets-uploaded': ['cm.upload.summary.settled', 2, 1, 0],
  'dataset-deleted': ['cm.details.deleted', NAME],
  'accuracy-measured': ['cm.accuracy.ended', NAME],
  'accuracy-failed': ['cm.accuracy.endedFailed', NAME],
  // The page's own: errorMessage's sentences (tested in error-messages.test.ts).
  'load-failed': ['cm.error.generic'],
};

const QUOTED: Record<string, string> = {
  en: `"${NAME}"`,
  nl: `“${NAME}”`,
  fr: `«\u00a0${NAME}\u00a0»`,
  de: `„${NAME}“`,
};

function say(catalogue: Record<string, unknown>, [key, ...args]: Entry): string {
  const entry = catalogue[key];
  expect(entry, key).to.not.equal(undefined);
  return typeof entry === 'function' ? String(entry(...args)) : String(entry);
}

describe('one notice pattern', () => {
  it('lists every notice kind’s English sentence', () => {
    const sentences = Object.fromEntries(
      Object.entries(NOTICES).map(([kind, entry]) => [kind, say(en, entry)]),
    );
    expect(sentences).to.deep.equal({
      'model-created': 'Custom model created successfully.',
      'model-deleted': 'Custom model deleted successfully.',
      'model-delete-failed': `"${NAME}" could not be deleted. ${REASON}`,
      'model-renamed': 'Custom model renamed.',
      'training-started': `Training of "${NAME}" is queued.`,
      'training-succeeded': `Training of "${NAME}" completed successfully. The model is ready to use.`,
      'training-failed': `Training of "${NAME}" failed.`,
      'datasets-uploaded': '2 files uploaded, 1 failed.',
      'dataset-deleted': `Dataset "${NAME}" deleted.`,
      'accuracy-measured': `The accuracy of "${NAME}" has been measured.`,
      'accuracy-failed': `The accuracy of "${NAME}" could not be measured.`,
      'load-failed': REASON,
    });
  });

  for (const [code, catalogue] of Object.entries({ en, nl, fr, de })) {
    it(`${code}: every notice ends with a full stop and quotes the name it is about`, () => {
      for (const [kind, entry] of Object.entries(NOTICES)) {
        const text = say(catalogue as Record<string, unknown>, entry);
        expect(text, `${kind}: ${text}`).to.match(/\.$/);
        if (entry.slice(1).includes(NAME)) {
          expect(text, `${kind}: ${text}`).to.contain(QUOTED[code]);
        }
      }
    });
  }
});
