/*
 * Issue 25: every file chosen through the real file input is read before any byte is sent. Each
 * observation of the issue is one test: the file is refused (or held) in the upload list with its
 * reason and line, and the adapter never receives it; good data uploads exactly as before.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/custom-models-provider.js';
import '../src/dataset-upload.js';
import '../src/translations/nl.js';
import type { DatasetUpload } from '../src/dataset-upload.js';
import type { FileCheck } from '../src/preflight/types.js';
import { RecordingApi } from './helpers/recording-api.js';
import { wav } from './helpers/audio-fixtures.js';
import { goodBytes, goodFile, UPLOAD_MODEL as MODEL } from './helpers/dataset-fixtures.js';
import {
  chooseFiles as pick,
  findingsOf as findings,
  named,
  rowOf as row,
  textOf as text,
} from './helpers/upload-input.js';

let api: RecordingApi;
afterEach(() => api?.dispose());

async function render(lang = 'en') {
  api = new RecordingApi({ models: [MODEL] });
  const wrapper = await fixture(
    html`<div lang=${lang}>
      <custom-models-provider .api=${api}>
        <dataset-upload model-id="m1"></dataset-upload>
      </custom-models-provider>
    </div>`,
  );
  const el = wrapper.querySelector('dataset-upload')!;
  await el.updateComplete;
  return el;
}

const $ = (el: DatasetUpload, selector: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: DatasetUpload, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const sent = () => api.callsOf('uploadDataset').map((call) => (call.args[1] as File).name);

describe('<dataset-upload> pre-flight (issue 25)', () => {
  it('refuses a 0-byte transcript before upload, with the reason beside it', async () => {
    const el = await render();
    await pick(el, [named('session-12.txt', '')]);
    const li = row(el, 'session-12.txt');
    expect(li.dataset.state).to.equal('refused');
    expect(text(li.querySelector('.state-text'))).to.equal('Refused');
    expect(findings(el, 'session-12.txt')).to.deep.equal(['Error: The file is empty (0 bytes).']);
    expect(text($(el, '.summary'))).to.equal('0 files ready, 1 refused.');
    expect(sent()).to.deep.equal([]);
  });

  it('refuses a transcript of only blank lines', async () => {
    const el = await render();
    await pick(el, [named('blank.txt', '\n   \n\t\n\n')]);
    expect(row(el, 'blank.txt').dataset.state).to.equal('refused');
    expect(findings(el, 'blank.txt')).to.include('Error: The file holds only blank lines.');
    expect(sent()).to.deep.equal([]);
  });

  it('refuses an SRT with a malformed timestamp, naming line 6', async () => {
    const el = await render();
    const srt =
      '1\n00:00:01,000 --> 00:00:02,000\nhello\n\n2\n00:00:03.000 -> 00:00:04,000\nworld\n';
    await pick(el, [named('talk.srt', srt)]);
    expect(row(el, 'talk.srt').dataset.state).to.equal('refused');
    const finding = row(el, 'talk.srt').querySelector<HTMLElement>('.finding')!;
    expect(finding.dataset.line).to.equal('6');
    expect(text(finding)).to.equal(
      'Error, line 6: Malformed timing "00:00:03.000 -> 00:00:04,000": expected 00:00:01,000 --> 00:00:02,000.',
    );
    expect(sent()).to.deep.equal([]);
  });

  it('refuses a VTT without its WEBVTT signature', async () => {
    const el = await render();
    await pick(el, [named('talk.vtt', '00:01.000 --> 00:02.000\nhello\n')]);
    expect(row(el, 'talk.vtt').dataset.state).to.equal('refused');
    expect(findings(el, 'talk.vtt')).to.include(
      'Error, line 1: A WebVTT file must start with the line WEBVTT.',
    );
    expect(sent()).to.deep.equal([]);
  });

  it('refuses a JSONL manifest whose line 2 is broken', async () => {
    const el = await render();
    const jsonl =
      '{"audio_filepath":"a.wav","text":"hello"}\n{"audio_filepath":"b.wav","text":\n{"audio_filepath":"c.wav","text":"bye"}\n';
    await pick(el, [named('manifest.jsonl', jsonl)]);
    expect(row(el, 'manifest.jsonl').dataset.state).to.equal('refused');
    expect(findings(el, 'manifest.jsonl')).to.deep.equal([
      'Error, line 2: This line is not valid JSON.',
    ]);
    expect(sent()).to.deep.equal([]);
  });

  it('refuses a UTF-16 transcript, saying to save it as UTF-8', async () => {
    const el = await render();
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...[...'hello there'].flatMap((c) => [c.charCodeAt(0), 0]),
    ]);
    await pick(el, [named('talk.txt', utf16)]);
    expect(row(el, 'talk.txt').dataset.state).to.equal('refused');
    expect(findings(el, 'talk.txt')).to.include(
      'Error: The file is in UTF-16LE. Save it as UTF-8.',
    );
    expect(sent()).to.deep.equal([]);
  });

  it('refuses a 4-byte broken.wav as unreadable audio', async () => {
    const el = await render();
    await pick(el, [named('broken.wav', new Uint8Array([1, 2, 3, 4])), goodFile('broken.vtt')]);
    expect(row(el, 'broken.wav').dataset.state).to.equal('refused');
    expect(findings(el, 'broken.wav')).to.deep.equal(['Error: This is not readable audio.']);
    // The good transcript of the selection goes on, with no extra click.
    expect(sent()).to.deep.equal(['broken.vtt']);
  });

  it('questions a transcript whose last cue ends at 9 s against its 3-second audio', async () => {
    const el = await render();
    const vtt = 'WEBVTT\n\n00:00.000 --> 00:04.000\nhello\n\n00:04.000 --> 00:09.000\nworld\n';
    await pick(el, [named('talk.wav', wav(3, 16_000, 1)), named('talk.vtt', vtt)]);
    expect(row(el, 'talk.vtt').dataset.state).to.equal('refused');
    expect(findings(el, 'talk.vtt')).to.deep.equal([
      'Error: The last cue ends at 9 s, but talk.wav lasts 3 s.',
    ]);
    expect(sent()).to.deep.equal(['talk.wav']);
  });

  it('uploads good data exactly as before: every file, its bytes, no extra click', async () => {
    const el = await render();
    const files = [
      'a.wav',
      'a.vtt',
      'b.flac',
      'b.srt',
      'c.mp3',
      'c.txt',
      'd.m4a',
      'd.txt',
      'm.jsonl',
    ];
    const picked = files.map((name) => goodFile(name, 200));
    const options: object[] = [];
    const upload = api.inner.uploadDataset.bind(api.inner);
    api.inner.uploadDataset = (id, file, o) => {
      options.push(o ?? {});
      return upload(id, file, o);
    };
    await pick(el, picked);
    expect(sent()).to.deep.equal(files);
    const received = api.callsOf('uploadDataset').map((call) => call.args[1] as File);
    received.forEach((file, index) => expect(file).to.equal(picked[index]));
    // The options as before the pre-flight: what it read stays in the store, not in the call.
    expect(options.map((o) => Object.keys(o).sort())).to.deep.equal(
      files.map(() => ['onProgress', 'signal']),
    );
    expect($$(el, '[data-state="held"], [data-state="refused"]')).to.have.length(0);
    expect($$(el, '.finding')).to.have.length(0);
    expect(text($(el, '.summary'))).to.equal('9 files uploaded.');
  });

  it('holds a file with warnings until the user accepts it with one click', async () => {
    const el = await render();
    await pick(el, [named('low.wav', wav(1, 8000, 1)), goodFile('low.vtt'), goodFile('ok.txt')]);
    expect(sent()).to.deep.equal(['low.vtt', 'ok.txt']);
    const li = row(el, 'low.wav');
    expect(li.dataset.state).to.equal('held');
    expect(findings(el, 'low.wav')).to.deep.equal([
      'Warning: Sampled at 8 kHz; speech is recognised best at 16 kHz or more.',
    ]);
    // Ready: not refused (held ones included); the selection's audio and words as read.
    expect(text($(el, '.preflight-summary'))).to.equal(
      '3 files ready, 1 warning. Audio: 1 s (1 s with a transcript); 4 words.',
    );
    const accept = li.querySelector<HTMLElement>('.accept')!;
    expect(accept.getAttribute('aria-label')).to.equal('Upload low.wav anyway');
    accept.click();
    await waitUntil(() => sent().length === 3, 'the accepted file is sent');
    expect(sent()).to.deep.equal(['low.vtt', 'ok.txt', 'low.wav']);
  });

  it('says how many files are ready, refused and warned about, and sends every held one at once', async () => {
    const el = await render();
    await pick(el, [
      goodFile('a.wav'),
      goodFile('a.vtt'),
      goodFile('notes.txt'),
      named('empty.txt', ''),
      named('x.wav', wav(1, 8000, 1)),
      named('y.wav', wav(1, 11_025, 1)),
    ]);
    expect(text($(el, '.preflight-summary'))).to.match(/^5 files ready, 1 refused, \d warnings\./);
    const all = $(el, '.accept-all')!;
    expect(text(all)).to.equal('Upload 2 files with warnings');
    all.click();
    await waitUntil(() => sent().length === 5);
    expect(sent().slice(3)).to.deep.equal(['x.wav', 'y.wav']);
    expect(row(el, 'empty.txt').dataset.state).to.equal('refused');
  });

  it('removes a refused file from the list, and "Clear list" clears the findings', async () => {
    const el = await render();
    await pick(el, [named('a.txt', ''), named('b.txt', '')]);
    row(el, 'a.txt').querySelector<HTMLElement>('.remove')!.click();
    await el.updateComplete;
    expect($$(el, '[part="file"]')).to.have.length(1);
    $(el, '.clear')!.click();
    await el.updateComplete;
    expect($$(el, '[part="file"]')).to.have.length(0);
    expect(text($(el, '.summary'))).to.equal('');
  });

  it('takes the host rules: thresholds and checks of its own, or no pre-flight at all', async () => {
    const el = await render();
    const longName: FileCheck = (report) =>
      report.name.length > 12
        ? [{ severity: 'error', code: 'host-name-too-long', params: {} }]
        : [];
    el.preflight = { rules: { minSampleRate: 44_100 }, checks: [longName] };
    await pick(el, [goodFile('talk.wav'), goodFile('talk.vtt'), goodFile('a-very-long-name.txt')]);
    expect(row(el, 'talk.wav').dataset.state).to.equal('held');
    expect(findings(el, 'talk.wav')[0]).to.equal(
      'Warning: Sampled at 16 kHz; speech is recognised best at 44.1 kHz or more.',
    );
    expect(row(el, 'a-very-long-name.txt').dataset.state).to.equal('refused');
    expect(sent()).to.deep.equal(['talk.vtt']);

    // Without the pre-flight the file is sent, and the server's refusal shows in its words.
    el.preflight = false;
    await pick(el, [named('broken.wav', new Uint8Array(4))]);
    expect(sent()).to.deep.equal(['talk.vtt', 'broken.wav']);
    expect(row(el, 'broken.wav').dataset.state).to.equal('failed');
    expect(text(row(el, 'broken.wav').querySelector('.file-error'))).to.contain(
      'This file is not audio the service can read. Upload WAV, FLAC, MP3 or M4A audio.',
    );
  });

  it("says its findings in the user's language", async () => {
    const el = await render('nl');
    await pick(el, [named('leeg.txt', '')]);
    expect(findings(el, 'leeg.txt')).to.deep.equal(['Fout: Het bestand is leeg (0 bytes).']);
    expect(text($(el, '.preflight-summary'))).to.equal('0 bestanden klaar, 1 geweigerd.');
  });

  it('is accessible with refused and held files in the list', async () => {
    const el = await render();
    await pick(el, [named('empty.txt', ''), named('x.wav', wav(1, 8000, 1)), goodFile('x.vtt')]);
    const list = row(el, 'empty.txt').querySelector('.findings')!;
    expect(list.getAttribute('aria-label')).to.equal('What the check found in empty.txt');
    await expect(el).to.be.accessible();
  });

  it('keeps the bytes of good files as chosen', async () => {
    const el = await render();
    const file = goodFile('talk.vtt', 100);
    await pick(el, [file]);
    const stored = await api.inner.listDatasets('m1');
    expect(stored.map((d) => [d.name, d.sizeBytes])).to.deep.equal([
      ['talk.vtt', goodBytes('talk.vtt', 100).length],
    ]);
  });
});
