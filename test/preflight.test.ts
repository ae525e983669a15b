import { expect } from '@open-wc/testing';
import {
  preflightFile,
  preflightSelection,
  type FileReport,
  type PreflightFinding,
} from '../src/preflight/index.js';
import { flac, m4a, mp3, wav } from './helpers/audio-fixtures.js';

const file = (name: string, content: BlobPart | BlobPart[]) =>
  new File(Array.isArray(content) ? content : [content], name);

const codes = (report: FileReport) =>
  report.findings.map(
    (finding) => `${finding.severity}:${finding.code}${finding.line ? `@${finding.line}` : ''}`,
  );

const find = (report: FileReport, code: string): PreflightFinding | undefined =>
  report.findings.find((finding) => finding.code === code);

const GOOD_SRT = `1
00:00:00,500 --> 00:00:02,000
Goedemorgen allemaal.

2
00:00:02,500 --> 00:00:04,250
Welkom bij de <i>vergadering</i>.
`;

const GOOD_VTT = `WEBVTT - a meeting

NOTE the speakers are named

intro
00:00.500 --> 00:02.000
Good morning everyone.

00:00:02.500 --> 00:00:04.250 align:start
Welcome to the meeting.
`;

describe('preflight: transcripts and manifests', () => {
  it('reads a good SRT: cues, words, the last cue end, no finding', async () => {
    const report = await preflightFile(file('meeting.srt', GOOD_SRT));
    expect(codes(report)).to.deep.equal([]);
    expect(report.ok).to.equal(true);
    expect(report.kind).to.equal('transcript');
    expect(report.text).to.include({ encoding: 'utf-8', cues: 2, words: 6, lastCueEnd: 4.25 });
  });

  it('refuses a 0-byte transcript and one of only blank lines', async () => {
    const empty = await preflightFile(file('session-12.txt', ''));
    expect(codes(empty)).to.deep.equal(['error:file-empty']);
    expect(empty.ok).to.equal(false);
    const blank = await preflightFile(file('session-13.txt', '\n   \n\t\r\n\n'));
    expect(codes(blank)).to.deep.equal(['error:file-blank']);
  });

  it('counts a TXT transcript’s words; punctuation alone is no speech', async () => {
    const report = await preflightFile(file('notes.txt', 'Dit is een test.\nNog twee woorden\n'));
    expect(report.text?.words).to.equal(7);
    expect(report.ok).to.equal(true);
    const dashes = await preflightFile(file('dashes.txt', '— … —\n'));
    expect(codes(dashes)).to.deep.equal(['error:transcript-no-speech']);
  });

  it('names an SRT’s malformed timestamp by its line, and cues out of order or overlapping', async () => {
    const srt = `1
00:00:01,000 --> 00:00:02,000
one

2
00:00:03.000 --> 00:00:04,000
two

3
00:00:05,000 --> 00:00:06,000
three

4
00:00:05,500 --> 00:00:07,000
four

5
00:00:01,000 --> 00:00:01,500
five
`;
    const report = await preflightFile(file('bad.srt', srt));
    expect(codes(report)).to.deep.equal([
      'error:srt-timing-malformed@6',
      'warning:cue-overlap@14',
      'error:cue-out-of-order@18',
    ]);
    expect(report.text?.cues).to.equal(4);
  });

  it('names an SRT cue without its index, an end before its start and a cue cut short', async () => {
    const srt = `00:00:01,000 --> 00:00:02,000
one

2
00:00:04,000 --> 00:00:03,000
two

3
`;
    const report = await preflightFile(file('bad.srt', srt));
    expect(codes(report)).to.deep.equal([
      'error:srt-index-expected@1',
      'error:cue-end-before-start@5',
      'error:srt-cue-incomplete@8',
    ]);
  });

  it('reads a good WebVTT with its header, a NOTE, an identifier and settings', async () => {
    const report = await preflightFile(file('meeting.vtt', GOOD_VTT));
    expect(codes(report)).to.deep.equal([]);
    expect(report.text).to.include({ cues: 2, words: 7, lastCueEnd: 4.25 });
  });

  it('refuses a WebVTT without its signature, and names a malformed cue timing', async () => {
    const unsigned = await preflightFile(file('a.vtt', GOOD_VTT.replace('WEBVTT', 'WEBVT')));
    expect(codes(unsigned)).to.deep.equal(['error:vtt-signature-missing@1']);
    const malformed = await preflightFile(
      file('b.vtt', 'WEBVTT\n\n00:01.000 --> 00:02.000\nfine\n\n00:03.00 --> 00:04.000\nshort\n'),
    );
    expect(codes(malformed)).to.deep.equal(['error:vtt-timing-malformed@6']);
    expect(malformed.text?.cues).to.equal(1);
  });

  it('names a manifest’s broken line and the lines that lack their fields', async () => {
    const jsonl = [
      '{"audio_filepath": "a.wav", "text": "hallo wereld", "duration": 1.5}',
      '{"audio_filepath": "b.wav", "text": "kapot"',
      '{"text": "geen audio"}',
      '{"audio_filepath": "c.wav", "text": 3, "duration": -1}',
      '[1, 2]',
      '',
      '{"audio_filepath": "d.wav", "text": "laatste regel", "duration": 2}',
      '',
    ].join('\n');
    const report = await preflightFile(file('train.jsonl', jsonl));
    expect(codes(report)).to.deep.equal([
      'error:jsonl-invalid-json@2',
      'error:jsonl-field-missing@3',
      'error:jsonl-field-type@4',
      'error:jsonl-field-type@4',
      'error:jsonl-not-object@5',
      'warning:jsonl-blank-line@6',
    ]);
    expect(find(report, 'jsonl-field-missing')?.params).to.deep.equal({ field: 'audio_filepath' });
    expect(report.kind).to.equal('manifest');
    expect(report.text).to.include({ cues: 4, words: 6, manifestSeconds: 3.5 });
  });

  it('decodes UTF-8 with a mark, refuses UTF-16 with the reason, and invalid UTF-8 by its line', async () => {
    const bom = await preflightFile(file('bom.txt', ['\uFEFFhallo wereld\n']));
    expect(codes(bom)).to.deep.equal([]);
    expect(bom.text?.words).to.equal(2);

    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...[...'één twee\n'].flatMap((c) => [c.charCodeAt(0), 0]),
    ]);
    const le = await preflightFile(file('utf16.txt', utf16));
    expect(codes(le)).to.deep.equal(['error:encoding-utf16']);
    expect(find(le, 'encoding-utf16')?.params).to.deep.equal({ encoding: 'utf-16le' });
    expect(le.text?.words, 'decoded all the same').to.equal(2);
    const accepted = await preflightFile(file('utf16.txt', utf16), { rules: { utf16: 'warning' } });
    expect(accepted.ok).to.equal(true);

    const noBom = await preflightFile(file('nobom.txt', utf16.slice(2)));
    expect(codes(noBom)).to.deep.equal(['error:encoding-utf16-no-bom']);

    const latin1 = new Uint8Array([...new TextEncoder().encode('regel een\nregel '), 0xe9, 0x0a]);
    const invalid = await preflightFile(file('latin1.txt', latin1));
    expect(codes(invalid)).to.deep.equal(['error:encoding-invalid@2']);
  });

  it('keeps at most the rules’ number of findings of one code, and counts the rest', async () => {
    const lines = Array.from({ length: 30 }, () => 'not json').join('\n');
    const report = await preflightFile(file('m.jsonl', lines), {
      rules: { maxFindingsPerCode: 5 },
    });
    expect(report.findings.filter((f) => f.code === 'jsonl-invalid-json')).to.have.length(5);
    expect(find(report, 'more-findings')?.params).to.deep.equal({
      code: 'jsonl-invalid-json',
      count: 25,
    });
  });

  it('counts words of languages written without spaces with the language’s rules', async () => {
    const whitespace = await preflightFile(file('zh.txt', '今天天气很好我们去公园'));
    expect(whitespace.text?.words).to.equal(1);
    const segmented = await preflightFile(file('zh.txt', '今天天气很好我们去公园'), {
      language: 'zh-CN',
    });
    expect(segmented.text?.words).to.be.greaterThan(3);
  });
});

describe('preflight: audio headers', () => {
  const cases = [
    {
      name: 'speech.wav',
      bytes: () => wav(1.5, 16000, 1),
      container: 'wav',
      codec: 'pcm',
      duration: 1.5,
      sampleRate: 16000,
      channels: 1,
    },
    {
      name: 'speech.flac',
      bytes: () => flac(3, 44100, 2),
      container: 'flac',
      codec: 'flac',
      duration: 3,
      sampleRate: 44100,
      channels: 2,
    },
    {
      name: 'speech.mp3',
      bytes: () => mp3(2, 44100, 2),
      container: 'mp3',
      codec: 'mp3',
      duration: 2,
      sampleRate: 44100,
      channels: 2,
    },
    {
      name: 'xing.mp3',
      bytes: () => mp3(2, 48000, 1, true),
      container: 'mp3',
      codec: 'mp3',
      duration: 2,
      sampleRate: 48000,
      channels: 1,
    },
    {
      name: 'speech.m4a',
      bytes: () => m4a(4.5, 48000, 2),
      container: 'mp4',
      codec: 'aac',
      duration: 4.5,
      sampleRate: 48000,
      channels: 2,
    },
  ];
  for (const c of cases) {
    it(`reads ${c.name}: container, codec, duration, sample rate, channels`, async () => {
      const report = await preflightFile(file(c.name, c.bytes() as BlobPart));
      expect(codes(report)).to.deep.equal([]);
      expect(report.audio).to.include({
        container: c.container,
        codec: c.codec,
        sampleRate: c.sampleRate,
        channels: c.channels,
      });
      expect(report.audio?.duration).to.be.closeTo(c.duration, 0.03);
    });
  }

  it('agrees with Chromium’s own decoder on the WAV, FLAC and MP3 fixtures', async () => {
    const context = new OfflineAudioContext(1, 1, 44100);
    for (const c of cases.filter((c) => c.container !== 'mp4')) {
      const bytes = c.bytes();
      const decoded = await context.decodeAudioData(bytes.slice().buffer);
      const report = await preflightFile(file(c.name, bytes as BlobPart));
      expect(decoded.numberOfChannels, c.name).to.equal(report.audio?.channels);
      // decodeAudioData resamples to the context's rate; its length in seconds stays. MP3 decoders
      // add the codec's delay, a few milliseconds.
      expect(decoded.duration, c.name).to.be.closeTo(report.audio!.duration!, 0.06);
    }
  });

  it('tells the container from the bytes, not the name', async () => {
    const report = await preflightFile(file('actually-flac.wav', flac(1, 16000, 1) as BlobPart));
    expect(report.audio?.container).to.equal('flac');
    expect(codes(report)).to.deep.equal(['warning:audio-container-mismatch']);
    expect(report.ok).to.equal(true);
  });

  it('refuses a file that is not readable audio, and an M4A without a sound track', async () => {
    const broken = await preflightFile(file('broken.wav', 'abcd'));
    expect(codes(broken)).to.deep.equal(['error:audio-unreadable']);
    const text = await preflightFile(
      file('notes.mp3', 'just some text, not audio at all\n'.repeat(10)),
    );
    expect(codes(text)).to.deep.equal(['error:audio-unreadable']);
    const empty = await preflightFile(file('empty.flac', ''));
    expect(codes(empty)).to.deep.equal(['error:file-empty']);
    const video = m4a(1, 48000, 2);
    const soun = new TextEncoder().encode('soun');
    const at = video.findIndex((_, i) => soun.every((b, j) => video[i + j] === b));
    video.set(new TextEncoder().encode('vide'), at);
    const noSound = await preflightFile(file('video.m4a', video as BlobPart));
    expect(codes(noSound)).to.deep.equal(['error:audio-no-audio-track']);
  });

  it('advises, without refusing, against a sample rate under the rules’ minimum (a host may raise it)', async () => {
    const report = await preflightFile(file('phone.wav', wav(0.5, 8000, 1) as BlobPart));
    expect(codes(report)).to.deep.equal(['warning:audio-low-sample-rate']);
    expect(find(report, 'audio-low-sample-rate')?.params).to.deep.equal({
      sampleRate: 8000,
      minimum: 16000,
    });
    expect(report.ok).to.equal(true);
    const strict = await preflightFile(file('speech.wav', wav(0.5, 16000, 1) as BlobPart), {
      rules: { minSampleRate: 44100 },
    });
    expect(codes(strict)).to.deep.equal(['warning:audio-low-sample-rate']);
  });

  it('warns about a WAV whose data chunk is cut short', async () => {
    const bytes = wav(1, 16000, 1).slice(0, 44 + 16000);
    const report = await preflightFile(file('cut.wav', bytes as BlobPart));
    expect(codes(report)).to.deep.equal(['warning:audio-truncated']);
    expect(report.audio?.duration).to.equal(0.5);
  });
});

describe('preflight: pairs, totals and the host’s rules', () => {
  it('checks the manifest fields a host names instead of the defaults', async () => {
    const line = '{"audio": "a.wav", "sentence": "hallo"}\n';
    const defaults = await preflightFile(file('m.jsonl', line));
    expect(codes(defaults)).to.deep.equal([
      'error:jsonl-field-missing@1',
      'error:jsonl-field-missing@1',
      'error:transcript-no-speech',
    ]);
    const own = await preflightFile(file('m.jsonl', line), {
      rules: {
        manifestFields: { audio: 'string', sentence: 'string' },
        manifestTextField: 'sentence',
      },
    });
    expect(codes(own)).to.deep.equal([]);
    expect(own.text?.words).to.equal(1);
  });

  it('stops reading when the host aborts', async () => {
    const controller = new AbortController();
    controller.abort(new DOMException('stop', 'AbortError'));
    let error: unknown;
    await preflightFile(file('a.srt', GOOD_SRT), { signal: controller.signal }).catch(
      (e: unknown) => {
        error = e;
      },
    );
    expect((error as DOMException | undefined)?.name).to.equal('AbortError');
  });

  it('questions a 3-second recording whose transcript’s last cue ends at 9 s', async () => {
    const srt = '1\n00:00:00,000 --> 00:00:09,000\nveel te lang\n';
    const { files, totals } = await preflightSelection([
      file('take.wav', wav(3, 16000, 1) as BlobPart),
      file('TAKE.srt', srt),
    ]);
    // Its transcript is refused, so the audio goes without one, and its words are not counted.
    expect(totals).to.include({ audioSeconds: 3, pairedSeconds: 0, unpairedSeconds: 3, words: 0 });
    const transcript = files[1];
    expect(codes(transcript), 'paired case-insensitively, as the upload pairs').to.deep.equal([
      'error:pair-cue-past-audio',
    ]);
    expect(find(transcript, 'pair-cue-past-audio')?.params).to.deep.equal({
      lastCueEnd: 9,
      duration: 3,
      audio: 'take.wav',
    });
    expect(codes(files[0])).to.deep.equal([]);
  });

  it('points out audio without a transcript and a transcript without speech; totals the selection', async () => {
    const report = await preflightSelection([
      file('a.wav', wav(5, 16000, 1) as BlobPart),
      file('a.vtt', GOOD_VTT),
      file('b.mp3', mp3(3, 44100, 1) as BlobPart),
      file('c.flac', flac(1, 16000, 1) as BlobPart),
      file('c.txt', '...\n'),
      file('broken.wav', 'abcd'),
    ]);
    const [a, , b, c, cText, broken] = report.files;
    expect(codes(a)).to.deep.equal([]);
    expect(codes(b)).to.deep.equal(['warning:audio-without-transcript']);
    expect(codes(c)).to.deep.equal(['warning:pair-no-speech']);
    expect(codes(cText)).to.deep.equal(['error:transcript-no-speech']);
    // Refused audio is not sent: no word on its missing transcript, nor a warning counted for it.
    expect(codes(broken)).to.deep.equal(['error:audio-unreadable']);
    const totals = report.totals;
    expect(totals).to.include({ files: 6, ready: 4, refused: 2, warnings: 2, words: 7 });
    expect(totals.audioSeconds).to.be.closeTo(9, 0.05);
    // c.txt is refused (no speech): c.flac goes without a transcript.
    expect(totals.pairedSeconds).to.be.closeTo(5, 0.05);
    expect(totals.unpairedSeconds).to.be.closeTo(4, 0.05);
  });

  it('runs the host’s own checks on each file and on the selection', async () => {
    const report = await preflightSelection([file('a.srt', GOOD_SRT)], {
      rules: { maxCueSeconds: 1.6 },
      checks: [
        (file) =>
          file.text && file.text.words < 10
            ? [{ severity: 'warning', code: 'host-few-words', params: { words: file.text.words } }]
            : [],
      ],
      selectionChecks: [
        (selection, rules) => [
          {
            severity: 'info',
            code: 'host-minutes',
            params: { seconds: selection.totals.audioSeconds, minRate: rules.minSampleRate },
          },
        ],
      ],
    });
    expect(codes(report.files[0])).to.deep.equal([
      'warning:cue-too-long@6',
      'warning:host-few-words',
    ]);
    expect(report.findings).to.deep.equal([
      { severity: 'info', code: 'host-minutes', params: { seconds: 0, minRate: 16000 } },
    ]);
  });
});
