import { ascii, type Findings, type SliceReader } from './reader.js';
import type { AudioFacts, PreflightRules } from './types.js';

/*
 * Audio headers read from the bytes, never from the name, by slices: a WAV's chunk headers, a
 * FLAC's STREAMINFO, an MP3's first frames (Xing/Info/VBRI or the constant bit rate), an MP4's
 * boxes (mdat skipped by its size). A 10 GB file costs a few kilobytes.
 */

const HEAD_BYTES = 64 * 1024;
/** Largest `moov` box read (an hour of AAC indexes a few hundred kB). */
const MAX_MOOV_BYTES = 32 * 1024 * 1024;

type Reading = Omit<AudioFacts, 'container'> | undefined;

/** The container the first bytes are, or undefined. */
export function sniffContainer(head: Uint8Array): string | undefined {
  if (
    head.length >= 12 &&
    /^(RIFF|RF64|BW64)$/.test(ascii(head, 0, 4)) &&
    ascii(head, 8, 4) === 'WAVE'
  )
    return 'wav';
  if (ascii(head, 0, 4) === 'fLaC') return 'flac';
  if (head.length >= 8 && ascii(head, 4, 4) === 'ftyp') return 'mp4';
  const id3 = id3Length(head);
  if (id3 > 0 && ascii(head, id3, 4) === 'fLaC') return 'flac';
  if (findMpegFrame(head, id3) !== undefined) return 'mp3';
  return undefined;
}

function id3Length(head: Uint8Array): number {
  if (head.length < 10 || ascii(head, 0, 3) !== 'ID3') return 0;
  const size = (head[6] << 21) | (head[7] << 14) | (head[8] << 7) | head[9];
  return 10 + size + (head[5] & 0x10 ? 10 : 0);
}

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** WAV: `fmt ` and `data` chunks (RF64's `ds64` for files past 4 GB), walked header by header. */
async function readWav(
  reader: SliceReader,
  head: Uint8Array,
  findings: Findings,
): Promise<Reading> {
  const rf64 = ascii(head, 0, 4) !== 'RIFF';
  let position = 12;
  let format: Reading;
  let byteRate = 0;
  let dataSize64: number | undefined;
  for (let chunks = 0; chunks < 256 && position + 8 <= reader.size; chunks++) {
    const header = await reader.read(position, position + 8);
    const id = ascii(header, 0, 4);
    const size = view(header).getUint32(4, true);
    if (id === 'ds64') {
      const ds64 = view(await reader.read(position + 8, position + 36));
      dataSize64 = ds64.getUint32(8, true) + ds64.getUint32(12, true) * 2 ** 32;
    } else if (id === 'fmt ') {
      const fmt = view(await reader.read(position + 8, position + 8 + Math.min(size, 40)));
      if (fmt.byteLength < 16) return undefined;
      let tag = fmt.getUint16(0, true);
      if (tag === 0xfffe && fmt.byteLength >= 26) tag = fmt.getUint16(24, true);
      byteRate = fmt.getUint32(8, true);
      format = {
        codec: WAV_CODECS[tag] ?? `wav-0x${tag.toString(16)}`,
        channels: fmt.getUint16(2, true),
        sampleRate: fmt.getUint32(4, true),
        bitsPerSample: fmt.getUint16(14, true),
      };
    } else if (id === 'data') {
      if (!format) return undefined;
      const declared = rf64 && size === 0xffffffff && dataSize64 !== undefined ? dataSize64 : size;
      const available = reader.size - position - 8;
      if (declared > available) findings.add('warning', 'audio-truncated', { declared, available });
      const bytes = Math.min(declared, available);
      if (byteRate > 0) format.duration = bytes / byteRate;
      return format;
    }
    position += 8 + size + (size % 2);
  }
  return undefined;
}

const WAV_CODECS: Record<number, string> = {
  1: 'pcm',
  3: 'float',
  6: 'alaw',
  7: 'mulaw',
  0x55: 'mp3',
};

/** FLAC: the STREAMINFO block that opens the metadata. */
function readFlac(head: Uint8Array): Reading {
  let at = id3Length(head);
  at = ascii(head, at, 4) === 'fLaC' ? at + 4 : at;
  if (head.length < at + 4 + 34 || (head[at] & 0x7f) !== 0) return undefined;
  const info = head.subarray(at + 4, at + 4 + 34);
  const sampleRate = (info[10] << 12) | (info[11] << 4) | (info[12] >> 4);
  const channels = ((info[12] >> 1) & 0x07) + 1;
  const bitsPerSample = (((info[12] & 0x01) << 4) | (info[13] >> 4)) + 1;
  const samples = (info[13] & 0x0f) * 2 ** 32 + view(info).getUint32(14);
  if (sampleRate === 0) return undefined;
  return {
    codec: 'flac',
    sampleRate,
    channels,
    bitsPerSample,
    ...(samples > 0 ? { duration: samples / sampleRate } : {}),
  };
}

interface MpegFrame {
  at: number;
  version: 1 | 2 | 2.5;
  layer: 1 | 2 | 3;
  bitrate: number;
  sampleRate: number;
  channels: number;
  length: number;
  samples: number;
}

const MPEG_RATES = {
  1: [44100, 48000, 32000],
  2: [22050, 24000, 16000],
  2.5: [11025, 12000, 8000],
};
const MPEG_BITRATES: Record<string, number[]> = {
  '1-1': [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
  '1-2': [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
  '1-3': [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  '2-1': [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],
  '2-2': [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
};

function mpegFrameAt(bytes: Uint8Array, at: number): MpegFrame | undefined {
  if (at + 4 > bytes.length || bytes[at] !== 0xff || (bytes[at + 1] & 0xe0) !== 0xe0)
    return undefined;
  const versionBits = (bytes[at + 1] >> 3) & 3;
  const layerBits = (bytes[at + 1] >> 1) & 3;
  const bitrateIndex = bytes[at + 2] >> 4;
  const rateIndex = (bytes[at + 2] >> 2) & 3;
  if (
    versionBits === 1 ||
    layerBits === 0 ||
    bitrateIndex === 0 ||
    bitrateIndex === 15 ||
    rateIndex === 3
  )
    return undefined;
  const version = versionBits === 3 ? 1 : versionBits === 2 ? 2 : 2.5;
  const layer = (4 - layerBits) as 1 | 2 | 3;
  const table = version === 1 ? `1-${layer}` : layer === 1 ? '2-1' : '2-2';
  const bitrate = MPEG_BITRATES[table][bitrateIndex] * 1000;
  const sampleRate = MPEG_RATES[version][rateIndex];
  const padding = (bytes[at + 2] >> 1) & 1;
  const samples = layer === 1 ? 384 : layer === 3 && version !== 1 ? 576 : 1152;
  const length =
    layer === 1
      ? (Math.floor((12 * bitrate) / sampleRate) + padding) * 4
      : Math.floor(((samples / 8) * bitrate) / sampleRate) + padding;
  const channels = bytes[at + 3] >> 6 === 3 ? 1 : 2;
  return { at, version, layer, bitrate, sampleRate, channels, length, samples };
}

/** The first MPEG audio frame from `from` whose next frame follows where its length says. */
function findMpegFrame(bytes: Uint8Array, from: number): MpegFrame | undefined {
  for (let at = from; at + 4 <= bytes.length; at++) {
    const frame = mpegFrameAt(bytes, at);
    if (!frame || frame.length < 4) continue;
    const next = at + frame.length;
    if (next + 4 > bytes.length && at === from) return frame;
    if (mpegFrameAt(bytes, next)) return frame;
  }
  return undefined;
}

/** MP3: the first frame; duration from its Xing/Info or VBRI header, else from the bit rate. */
function readMp3(head: Uint8Array, size: number): Reading {
  const frame = findMpegFrame(head, id3Length(head));
  if (!frame) return undefined;
  const facts: Reading = {
    codec: `mp${frame.layer}`,
    sampleRate: frame.sampleRate,
    channels: frame.channels,
  };
  const sideInfo =
    frame.version === 1 ? (frame.channels === 1 ? 17 : 32) : frame.channels === 1 ? 9 : 17;
  const xing = frame.at + 4 + sideInfo;
  let frames: number | undefined;
  if (/^(Xing|Info)$/.test(ascii(head, xing, 4)) && head[xing + 7] & 1) {
    frames = view(head).getUint32(xing + 8);
  } else if (ascii(head, frame.at + 36, 4) === 'VBRI') {
    frames = view(head).getUint32(frame.at + 36 + 14);
  }
  facts.duration =
    frames !== undefined
      ? (frames * frame.samples) / frame.sampleRate
      : ((size - frame.at) * 8) / frame.bitrate;
  return facts;
}

/** MP4/M4A: top-level boxes walked to `moov`; the sound track's `mdhd` and `stsd`. */
async function readMp4(reader: SliceReader, findings: Findings): Promise<Reading> {
  let position = 0;
  for (let boxes = 0; boxes < 1024 && position + 8 <= reader.size; boxes++) {
    const header = view(await reader.read(position, position + 16));
    let size = header.getUint32(0);
    const type = ascii(new Uint8Array(header.buffer, header.byteOffset, 8), 4, 4);
    let headerSize = 8;
    if (size === 1 && header.byteLength >= 16) {
      size = header.getUint32(8) * 2 ** 32 + header.getUint32(12);
      headerSize = 16;
    } else if (size === 0) size = reader.size - position;
    if (size < headerSize) return undefined;
    if (type === 'moov') {
      if (size > MAX_MOOV_BYTES) return undefined;
      const moov = await reader.read(position + headerSize, position + size);
      return soundTrack(moov, findings);
    }
    position += size;
  }
  return undefined;
}

/** The boxes directly inside `bytes`, by type (the first of each, and every `trak`). */
function boxes(bytes: Uint8Array): { type: string; body: Uint8Array }[] {
  const list: { type: string; body: Uint8Array }[] = [];
  const data = view(bytes);
  for (let at = 0; at + 8 <= bytes.length;) {
    const size = data.getUint32(at);
    if (size < 8 || at + size > bytes.length) break;
    list.push({ type: ascii(bytes, at + 4, 4), body: bytes.subarray(at + 8, at + size) });
    at += size;
  }
  return list;
}

const child = (bytes: Uint8Array | undefined, type: string) =>
  bytes && boxes(bytes).find((box) => box.type === type)?.body;

function soundTrack(moov: Uint8Array, findings: Findings): Reading {
  for (const trak of boxes(moov).filter((box) => box.type === 'trak')) {
    const mdia = child(trak.body, 'mdia');
    const hdlr = child(mdia, 'hdlr');
    if (!hdlr || ascii(hdlr, 8, 4) !== 'soun') continue;
    const mdhd = child(mdia, 'mdhd');
    const stsd = child(child(child(mdia, 'minf'), 'stbl'), 'stsd');
    const facts: Reading = { codec: 'unknown' };
    if (mdhd) {
      const data = view(mdhd);
      const v1 = mdhd[0] === 1;
      const timescale = data.getUint32(v1 ? 20 : 12);
      const duration = v1 ? data.getUint32(24) * 2 ** 32 + data.getUint32(28) : data.getUint32(16);
      if (timescale > 0 && duration > 0 && duration !== 0xffffffff)
        facts.duration = duration / timescale;
    }
    // stsd: version/flags, entry count, then the first sample entry (an AudioSampleEntry).
    if (stsd && stsd.length >= 8 + 36) {
      const entry = stsd.subarray(8);
      const data = view(entry);
      const fourcc = ascii(entry, 4, 4);
      facts.codec = MP4_CODECS[fourcc] ?? fourcc.trim();
      facts.channels = data.getUint16(8 + 16);
      facts.bitsPerSample = data.getUint16(8 + 18);
      facts.sampleRate = data.getUint32(8 + 24) / 65536;
    }
    return facts;
  }
  findings.add('error', 'audio-no-audio-track');
  return { codec: 'none' };
}

const MP4_CODECS: Record<string, string> = {
  mp4a: 'aac',
  alac: 'alac',
  Opus: 'opus',
  fLaC: 'flac',
};

/**
 * Reads an audio file's header: container and codec from the bytes, duration, sample rate,
 * channels. Unreadable audio, a container other than the extension says, a low sample rate or an
 * unknown duration are added to `findings`.
 */
export async function checkAudio(
  reader: SliceReader,
  extension: string,
  rules: PreflightRules,
  findings: Findings,
): Promise<AudioFacts | undefined> {
  if (reader.size === 0) {
    findings.add('error', 'file-empty');
    return undefined;
  }
  const head = await reader.read(0, HEAD_BYTES);
  const container = sniffContainer(head);
  let reading: Reading;
  try {
    if (container === 'wav') reading = await readWav(reader, head, findings);
    else if (container === 'flac') reading = readFlac(head);
    else if (container === 'mp3') reading = readMp3(head, reader.size);
    else if (container === 'mp4') reading = await readMp4(reader, findings);
  } catch (error) {
    if ((error as Error | undefined)?.name === 'AbortError') throw error;
    reading = undefined;
  }
  if (!container || !reading) {
    findings.add('error', 'audio-unreadable', { container: container ?? 'unknown' });
    return undefined;
  }
  const facts: AudioFacts = { container, ...reading };
  const expected = extension === 'm4a' ? 'mp4' : extension;
  if (expected !== container)
    findings.add('warning', 'audio-container-mismatch', { extension, container });
  if (facts.sampleRate !== undefined && facts.sampleRate < rules.minSampleRate) {
    findings.add('warning', 'audio-low-sample-rate', {
      sampleRate: facts.sampleRate,
      minimum: rules.minSampleRate,
    });
  }
  if (facts.duration === undefined && facts.codec !== 'none')
    findings.add('warning', 'audio-duration-unknown');
  return facts;
}
