/*
 * Issue 25, the host's side of the pre-flight and what the user reads, through the real file
 * input: the host's rules and checks reach the uploads inside <custom-models-page> (both the
 * Datasets and the Accuracy test-set upload), their findings are said in the host's strings, a
 * selection-wide finding shows above the list, the summary reads in all four languages, and with
 * the pre-flight off the in-memory adapter refuses what a server would.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/custom-models-provider.js';
import '../src/custom-models-page.js';
import '../src/dataset-upload.js';
import '../src/translations/nl.js';
import '../src/translations/fr.js';
import '../src/translations/de.js';
import { registerCustomModelsTranslation, type FindingParams } from '../src/index.js';
import type { CustomModelsPage } from '../src/custom-models-page.js';
import type { CustomModelDetails } from '../src/custom-model-details.js';
import type { DatasetUpload } from '../src/dataset-upload.js';
import type { FileCheck, SelectionCheck } from '../src/preflight/types.js';
import {
  BANNER_DISMISSED_KEY,
  GUIDE_SHOWN_KEY,
} from '../src/custom-models-page/custom-models-page.component.js';
import { RecordingApi } from './helpers/recording-api.js';
import { wav } from './helpers/audio-fixtures.js';
import { goodFile, UPLOAD_MODEL as MODEL } from './helpers/dataset-fixtures.js';
import {
  chooseFiles,
  findingsOf,
  named,
  rowOf,
  summaryOf,
  textOf,
} from './helpers/upload-input.js';

let api: RecordingApi;
beforeEach(() => {
  localStorage.setItem(GUIDE_SHOWN_KEY, 'true');
  localStorage.setItem(BANNER_DISMISSED_KEY, 'true');
});
afterEach(() => {
  api?.dispose();
  localStorage.removeItem(GUIDE_SHOWN_KEY);
  localStorage.removeItem(BANNER_DISMISSED_KEY);
});

const sent = () => api.callsOf('uploadDataset').map((call) => (call.args[1] as File).name);

/** A standalone upload inside a provider, in `lang`, in a column `width` px wide. */
async function renderUpload(lang = 'en', width = 800, model = MODEL) {
  api = new RecordingApi({ models: [model] });
  const wrapper = await fixture(
    html`<div lang=${lang} style="width: ${width}px">
      <custom-models-provider .api=${api}>
        <dataset-upload model-id="m1"></dataset-upload>
      </custom-models-provider>
    </div>`,
  );
  const upload = wrapper.querySelector<DatasetUpload>('dataset-upload')!;
  await upload.updateComplete;
  return upload;
}

/** `<custom-models-page>` showing the model's details; its two uploads once they are there. */
async function renderPage(preflight: CustomModelsPage['preflight']) {
  api = new RecordingApi({ models: [MODEL] });
  const page = await fixture<CustomModelsPage>(
    html`<custom-models-page
      model-id="m1"
      .api=${api}
      .preflight=${preflight}
    ></custom-models-page>`,
  );
  let details: CustomModelDetails | null = null;
  await waitUntil(() => {
    details = page.shadowRoot!.querySelector<CustomModelDetails>('custom-model-details');
    return details?.shadowRoot?.querySelector('dataset-upload.upload');
  }, 'the details with their upload');
  const root = details!.shadowRoot!;
  await waitUntil(
    () => root.querySelector('dataset-upload.test-set-upload'),
    'the test-set upload',
  );
  return {
    page,
    datasets: root.querySelector<DatasetUpload>('dataset-upload.upload')!,
    testSet: root.querySelector<DatasetUpload>('dataset-upload.test-set-upload')!,
  };
}

describe('<dataset-upload> pre-flight: the host and the user (issue 25)', () => {
  it("applies the page host's rules and checks to the Datasets and test-set uploads, in the host's words", async () => {
    registerCustomModelsTranslation({
      $code: 'en',
      $name: 'English',
      $dir: 'ltr',
      'cm.preflight.host-short-name': (p: FindingParams) =>
        `Name files with at least ${p.min} letters.`,
    });
    const shortName: FileCheck = (report) =>
      report.name.length < 8
        ? [{ severity: 'error', code: 'host-short-name', params: { min: 8 } }]
        : [];
    const { datasets, testSet } = await renderPage({
      rules: { minSampleRate: 44_100 },
      checks: [shortName],
    });
    await chooseFiles(datasets, [
      goodFile('meeting.wav'),
      goodFile('meeting.vtt'),
      goodFile('a.txt'),
    ]);
    expect(rowOf(datasets, 'meeting.wav').dataset.state).to.equal('held');
    expect(findingsOf(datasets, 'meeting.wav')).to.deep.equal([
      'Warning: Sampled at 16 kHz; speech is recognised best at 44.1 kHz or more.',
    ]);
    expect(rowOf(datasets, 'a.txt').dataset.state).to.equal('refused');
    expect(findingsOf(datasets, 'a.txt')).to.deep.equal([
      'Error: Name files with at least 8 letters.',
    ]);
    expect(sent()).to.deep.equal(['meeting.vtt']);

    await chooseFiles(testSet, [goodFile('b.txt')]);
    expect(findingsOf(testSet, 'b.txt')).to.deep.equal([
      'Error: Name files with at least 8 letters.',
    ]);
    expect(sent()).to.deep.equal(['meeting.vtt']);
  });

  it('turns the pre-flight off for the page: the server refuses the empty transcript in its words', async () => {
    const { datasets } = await renderPage(false);
    await chooseFiles(datasets, [
      named('session-12.txt', ''),
      named('broken.wav', new Uint8Array(4)),
    ]);
    expect(sent()).to.deep.equal(['session-12.txt', 'broken.wav']);
    expect(rowOf(datasets, 'session-12.txt').dataset.state).to.equal('failed');
    expect(textOf(rowOf(datasets, 'session-12.txt').querySelector('.file-error'))).to.equal(
      'This transcript is empty: add its text, then upload it again.',
    );
    expect(rowOf(datasets, 'broken.wav').dataset.state).to.equal('failed');
    expect(textOf(rowOf(datasets, 'broken.wav').querySelector('.file-error'))).to.contain(
      'This file is not audio the service can read.',
    );
    expect(findingsOf(datasets, 'session-12.txt')).to.deep.equal([]);
    expect(await api.inner.listDatasets('m1')).to.deep.equal([]);
  });

  it("shows what the host's selection checks found above the list, until the list is cleared", async () => {
    registerCustomModelsTranslation({
      $code: 'en',
      $name: 'English',
      $dir: 'ltr',
      'cm.preflight.host-little-audio': (p: FindingParams) =>
        `Only ${p.seconds} s of audio: the service advises ten minutes or more.`,
    });
    const upload = await renderUpload();
    const littleAudio: SelectionCheck = ({ totals }) =>
      totals.audioSeconds < 600
        ? [
            {
              severity: 'warning',
              code: 'host-little-audio',
              params: { seconds: totals.audioSeconds },
            },
          ]
        : [];
    upload.preflight = { selectionChecks: [littleAudio] };
    await chooseFiles(upload, [named('talk.wav', wav(2, 16_000, 1)), goodFile('talk.vtt')]);
    // Good files are not held by it: it is advice about the whole selection.
    expect(sent()).to.deep.equal(['talk.wav', 'talk.vtt']);
    const list = upload.shadowRoot!.querySelector<HTMLElement>('.selection-findings');
    expect(list?.getAttribute('aria-label')).to.equal(
      'What the check found in these files together',
    );
    expect([...list!.querySelectorAll('.finding')].map(textOf)).to.deep.equal([
      'Warning: Only 2 s of audio: the service advises ten minutes or more.',
    ]);
    upload.shadowRoot!.querySelector<HTMLElement>('.clear')!.click();
    await upload.updateComplete;
    expect(upload.shadowRoot!.querySelector('.selection-findings')).to.equal(null);
  });

  it('says nothing of a missing transcript beside audio it refuses', async () => {
    const upload = await renderUpload();
    await chooseFiles(upload, [named('broken.wav', new Uint8Array([1, 2, 3, 4]))]);
    expect(findingsOf(upload, 'broken.wav')).to.deep.equal(['Error: This is not readable audio.']);
    expect(summaryOf(upload)).to.equal('0 files ready, 1 refused.');
  });

  const SUMMARIES: Record<string, string> = {
    en: '3 files ready, 1 refused, 2 warnings.',
    nl: '3 bestanden klaar, 1 geweigerd, 2 waarschuwingen.',
    fr: '3 fichiers prêts, 1 refusé, 2 avertissements.',
    de: '3 Dateien bereit, 1 abgelehnt, 2 Warnungen.',
  };
  for (const [lang, summary] of Object.entries(SUMMARIES)) {
    it(`sums up the selection above the list in ${lang}: "${summary}"`, async () => {
      const upload = await renderUpload(lang);
      await chooseFiles(upload, [
        named('x.wav', wav(1, 8000, 1)),
        goodFile('a.txt'),
        goodFile('b.srt'),
        named('leeg.txt', ''),
      ]);
      // x.wav is held: sampled at 8 kHz, and no transcript of its name.
      expect(findingsOf(upload, 'x.wav')).to.have.length(2);
      const text = textOf(upload.shadowRoot!.querySelector('.preflight-summary'));
      expect(text.startsWith(summary), text).to.equal(true);
      expect(findingsOf(upload, 'leeg.txt')).to.have.length(1);
      expect(findingsOf(upload, 'leeg.txt')[0]).to.not.contain('cm.preflight');
    });
  }

  for (const width of [300, 800]) {
    it(`keeps a held file's findings readable in a ${width} px column, "Upload anyway" ${width < 400 ? 'under' : 'beside'} them`, async () => {
      const upload = await renderUpload('en', width);
      await chooseFiles(upload, [named('phone-call.wav', wav(1, 8000, 1))]);
      const row = rowOf(upload, 'phone-call.wav');
      expect(row.dataset.state).to.equal('held');
      const findings = row.querySelector('.findings')!.getBoundingClientRect();
      const accept = row.querySelector('.accept')!.getBoundingClientRect();
      const box = row.getBoundingClientRect();
      if (width < 400) {
        // On a phone the findings take the row's width (less its icon), the buttons go under.
        expect(findings.width / box.width).to.be.greaterThan(0.75);
        expect(accept.top).to.be.at.least(findings.bottom);
      } else {
        expect(accept.left).to.be.at.least(findings.right);
        expect(accept.top).to.be.below(findings.bottom);
      }
      expect(accept.right).to.be.at.most(box.right);
    });
  }

  it("counts words by the model language's rules: Chinese by Intl.Segmenter, not by spaces", async () => {
    const words = async (key: string) => {
      const upload = await renderUpload('en', 800, {
        ...MODEL,
        baseLanguage: { id: '9', key, name: key },
      });
      // A held file keeps the summary (and its words) above the list.
      await chooseFiles(upload, [
        named('zh.txt', '今天天气很好我们去公园'),
        named('low.wav', wav(1, 8000, 1)),
      ]);
      const summary = textOf(upload.shadowRoot!.querySelector('.preflight-summary'));
      return Number(/(\d+) words?\./.exec(summary)?.[1]);
    };
    expect(await words('en-gb')).to.equal(1);
    api.dispose();
    expect(await words('zh-cn')).to.be.greaterThan(3);
  });
});
