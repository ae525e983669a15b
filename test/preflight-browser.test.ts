import { expect } from '@open-wc/testing';
import { preflightFile, type PreflightFile } from '../src/preflight/index.js';
import { wavHeader } from './helpers/audio-fixtures.js';

/** The cues Chromium's own WebVTT parser keeps from `vtt`, loaded through a `<track>`. */
async function chromiumCueCount(vtt: string): Promise<number> {
  const video = document.createElement('video');
  const track = document.createElement('track');
  track.kind = 'subtitles';
  const url = URL.createObjectURL(new Blob([vtt], { type: 'text/vtt' }));
  track.src = url;
  video.append(track);
  document.body.append(video);
  const loaded = new Promise<string>((resolve) => {
    track.addEventListener('load', () => resolve('load'), { once: true });
    track.addEventListener('error', () => resolve('error'), { once: true });
  });
  track.track.mode = 'hidden';
  await loaded;
  const count = track.track.cues?.length ?? 0;
  video.remove();
  URL.revokeObjectURL(url);
  return count;
}

const VTT_FILES: Record<string, string> = {
  good: 'WEBVTT\n\n00:01.000 --> 00:02.000\none\n\nid\n00:00:03.000 --> 00:00:04.000 align:start\ntwo\n',
  'header lines and a note':
    'WEBVTT - title\nKind: captions\n\nNOTE hello\n\n00:01.000 --> 00:02.000\none\n',
  'no signature': '00:01.000 --> 00:02.000\none\n',
  'signature glued to text': 'WEBVTTX\n\n00:01.000 --> 00:02.000\none\n',
  'two-digit fraction': 'WEBVTT\n\n00:01.00 --> 00:02.000\none\n\n00:03.000 --> 00:04.000\ntwo\n',
  'one-digit minutes without hours': 'WEBVTT\n\n1:02.000 --> 1:03.000\none\n',
  'seconds past 59': 'WEBVTT\n\n00:60.000 --> 01:02.000\none\n\n00:01.000 --> 00:02.000\ntwo\n',
  'one-digit hours': 'WEBVTT\n\n0:00:01.000 --> 0:00:02.000\none\n',
  'arrow without spaces': 'WEBVTT\n\n00:01.000-->00:02.000\none\n',
  'timing on the third line':
    'WEBVTT\n\nid\nmore\n00:01.000 --> 00:02.000\none\n\n00:03.000 --> 00:04.000\ntwo\n',
  'an arrow in the cue text':
    'WEBVTT\n\n00:01.000 --> 00:02.000\none\n00:03.000 --> 00:04.000\ntwo\n',
  'a cue right after the header': 'WEBVTT\n00:01.000 --> 00:02.000\none\n',
  'CRLF and a byte order mark':
    '\uFEFFWEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\none\r\n\r\n00:02.000 --> 00:03.000\r\ntwo\r\n',
  'blocks without timing': 'WEBVTT\n\njust text\n\n00:01.000 --> 00:02.000\none\n',
  'end before start': 'WEBVTT\n\n00:05.000 --> 00:02.000\none\n',
  'hours with three digits': 'WEBVTT\n\n100:00:01.000 --> 100:00:02.000\none\n',
};

describe('preflight: WebVTT as Chromium reads it', () => {
  for (const [name, vtt] of Object.entries(VTT_FILES)) {
    it(`keeps the cues Chromium's <track> keeps: ${name}`, async () => {
      const report = await preflightFile(new File([vtt], 'x.vtt'));
      expect(report.text?.cues ?? 0).to.equal(await chromiumCueCount(vtt));
    });
  }
});

/**
 * A file that counts the bytes asked of it and refuses to be read whole (`arrayBuffer`, `text`,
 * `stream` are not there to call).
 */
function countedFile(name: string, blob: Blob): PreflightFile & { requested: number } {
  return {
    name,
    size: blob.size,
    requested: 0,
    slice(start?: number, end?: number, type?: string) {
      this.requested += Math.min(end ?? blob.size, blob.size) - Math.max(start ?? 0, 0);
      return blob.slice(start, end, type);
    },
  };
}

const MiB = 1024 ** 2;

describe('preflight: large files', () => {
  it('reads a 2 GB WAV built of repeated slices by its header alone', async () => {
    const mib = new Blob([new Uint8Array(MiB)]);
    const dataBytes = 2048 * MiB;
    const blob = new Blob([
      wavHeader(16000, 1, 16, dataBytes) as BlobPart,
      ...Array<Blob>(2048).fill(mib),
    ]);
    const file = countedFile('long.wav', blob);
    const report = await preflightFile(file);
    expect(report.audio).to.include({ container: 'wav', sampleRate: 16000, channels: 1 });
    expect(report.audio?.duration).to.equal(dataBytes / 32000);
    expect(report.findings).to.deep.equal([]);
    expect(file.requested, 'bytes read').to.equal(report.bytesRead);
    expect(report.bytesRead).to.be.lessThan(128 * 1024);
    expect(report.bytesRead / blob.size).to.be.lessThan(0.0001);
  });

  it('reads a 10 GB RF64 WAV (past the 4 GB a RIFF header can say) by its header', async () => {
    const mib = new Blob([new Uint8Array(MiB)]);
    const dataBytes = 10 * 1024 * MiB;
    const u32 = (n: number) => new Uint32Array([n]);
    const u64 = (n: number) => new Uint32Array([n % 2 ** 32, Math.floor(n / 2 ** 32)]);
    const ascii = (s: string) => new TextEncoder().encode(s);
    const fmt = wavHeader(48000, 2, 16, 0).slice(12, 36);
    const header = new Blob([
      ascii('RF64'),
      u32(0xffffffff),
      ascii('WAVE'),
      ascii('ds64'),
      u32(28),
      u64(dataBytes + 72),
      u64(dataBytes),
      u64(dataBytes / 4),
      u32(0),
      fmt as BlobPart,
      ascii('data'),
      u32(0xffffffff),
    ]);
    const file = countedFile('day.wav', new Blob([header, ...Array<Blob>(10 * 1024).fill(mib)]));
    const report = await preflightFile(file);
    expect(report.findings).to.deep.equal([]);
    expect(report.audio).to.include({
      container: 'wav',
      codec: 'pcm',
      sampleRate: 48000,
      channels: 2,
    });
    expect(report.audio?.duration).to.equal(dataBytes / (48000 * 4));
    expect(file.requested).to.be.lessThan(128 * 1024);
  });

  it('reads a 2 GB transcript only up to the rules’ limit, in slices, giving the page its turn', async () => {
    const lines = 'Dit is een regel van de transcriptie.\n'.repeat(Math.ceil(MiB / 38));
    const slice = new Blob([lines]);
    const blob = new Blob(Array<Blob>(Math.ceil((2048 * MiB) / slice.size)).fill(slice));
    const file = countedFile('huge.txt', blob);
    let ticks = 0;
    let running = true;
    const tick = () => {
      ticks++;
      if (running) setTimeout(tick);
    };
    setTimeout(tick);
    const report = await preflightFile(file, { rules: { maxTextBytes: 4 * MiB } });
    running = false;
    expect(blob.size).to.be.greaterThan(2 * 1024 ** 3);
    expect(report.bytesRead).to.equal(4 * MiB);
    expect(file.requested).to.equal(4 * MiB);
    expect(report.text?.complete).to.equal(false);
    expect(report.findings.map((f) => f.code)).to.deep.equal(['file-partially-read']);
    expect(report.text?.words).to.be.greaterThan(500_000);
    expect(ticks, 'timer tasks run while the file was read').to.be.greaterThan(0);
  });
});
