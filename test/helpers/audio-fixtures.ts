/*
 * Audio files of known duration, sample rate and channels, written byte by byte (no encoder is on
 * the build machines): a PCM WAV with a sine, a FLAC of CONSTANT subframes (silence, with real
 * CRCs), an MP3 of silent Layer III frames (with or without a Xing/Info header) and an M4A whose
 * `moov` (after `mdat`, as a streaming encoder writes it) describes an AAC track. The WAV, FLAC
 * and MP3 ones are real enough for Chromium's own decoder (test/preflight-audio.test.ts checks).
 */

const text = (value: string) => new TextEncoder().encode(value);

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const u32le = (n: number) => new Uint8Array(new Uint32Array([n]).buffer);
const u16le = (n: number) => new Uint8Array(new Uint16Array([n]).buffer);
function u32be(n: number): Uint8Array {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setUint32(0, n);
  return bytes;
}
function u16be(n: number): Uint8Array {
  const bytes = new Uint8Array(2);
  new DataView(bytes.buffer).setUint16(0, n);
  return bytes;
}

/** The 44-byte header of a PCM WAV whose data chunk holds `dataBytes`. */
export function wavHeader(sampleRate: number, channels: number, bits: number, dataBytes: number) {
  const blockAlign = (channels * bits) / 8;
  return concat([
    text('RIFF'),
    u32le(36 + dataBytes),
    text('WAVE'),
    text('fmt '),
    u32le(16),
    u16le(1),
    u16le(channels),
    u32le(sampleRate),
    u32le(sampleRate * blockAlign),
    u16le(blockAlign),
    u16le(bits),
    text('data'),
    u32le(dataBytes),
  ]);
}

/** A 16-bit PCM WAV of a 440 Hz sine. */
export function wav(seconds: number, sampleRate: number, channels: number): Uint8Array {
  const frames = Math.round(seconds * sampleRate);
  const samples = new Int16Array(frames * channels);
  for (let i = 0; i < frames; i++) {
    const value = Math.round(8000 * Math.sin((2 * Math.PI * 440 * i) / sampleRate));
    for (let c = 0; c < channels; c++) samples[i * channels + c] = value;
  }
  return concat([
    wavHeader(sampleRate, channels, 16, samples.byteLength),
    new Uint8Array(samples.buffer),
  ]);
}

function crc8(bytes: Uint8Array): number {
  let crc = 0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let i = 0; i < 8; i++) crc = crc & 0x80 ? ((crc << 1) ^ 0x07) & 0xff : (crc << 1) & 0xff;
  }
  return crc;
}

function crc16(bytes: Uint8Array): number {
  let crc = 0;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++)
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x8005) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

const FLAC_RATE_CODES: Record<number, number> = {
  8000: 4,
  16000: 5,
  22050: 6,
  24000: 7,
  32000: 8,
  44100: 9,
  48000: 10,
};

/** A 16-bit FLAC of silence: STREAMINFO, then frames of CONSTANT subframes. */
export function flac(seconds: number, sampleRate: number, channels: 1 | 2): Uint8Array {
  const total = Math.round(seconds * sampleRate);
  const blockSize = 4096;
  const info = new Uint8Array(34);
  const data = new DataView(info.buffer);
  data.setUint16(0, blockSize);
  data.setUint16(2, blockSize);
  // min/max frame size unknown (0); then 20 bits rate, 3 bits channels-1, 5 bits bps-1, 36 bits total.
  info[10] = (sampleRate >> 12) & 0xff;
  info[11] = (sampleRate >> 4) & 0xff;
  info[12] = ((sampleRate & 0x0f) << 4) | ((channels - 1) << 1) | (15 >> 4);
  info[13] = ((15 & 0x0f) << 4) | Math.floor(total / 2 ** 32);
  data.setUint32(14, total % 2 ** 32);
  const frames: Uint8Array[] = [];
  for (let number = 0, start = 0; start < total; number++, start += blockSize) {
    const size = Math.min(blockSize, total - start);
    if (number > 127) throw new Error('fixture too long for one-byte frame numbers');
    const header = new Uint8Array([
      0xff,
      0xf8,
      (0b0111 << 4) | FLAC_RATE_CODES[sampleRate],
      ((channels === 1 ? 0 : 1) << 4) | (0b100 << 1),
      number,
      ((size - 1) >> 8) & 0xff,
      (size - 1) & 0xff,
    ]);
    const withCrc = concat([header, new Uint8Array([crc8(header)])]);
    // Each subframe: header byte 0 (CONSTANT), then the 16-bit value 0.
    const body = concat([withCrc, new Uint8Array(3 * channels)]);
    const crc = crc16(body);
    frames.push(concat([body, new Uint8Array([crc >> 8, crc & 0xff])]));
  }
  return concat([text('fLaC'), new Uint8Array([0x80, 0, 0, 34]), info, ...frames]);
}

/** An MPEG-1 Layer III stream of silent frames at 128 kbit/s; with `xing`, an Info frame first. */
export function mp3(
  seconds: number,
  sampleRate: 44100 | 48000 | 32000,
  channels: 1 | 2,
  xing = false,
) {
  const rateIndex = { 44100: 0, 48000: 1, 32000: 2 }[sampleRate];
  const count = Math.round((seconds * sampleRate) / 1152);
  const frame = (padding: number) => {
    const length = Math.floor((144 * 128_000) / sampleRate) + padding;
    const bytes = new Uint8Array(length);
    bytes.set([
      0xff,
      0xfb,
      (9 << 4) | (rateIndex << 2) | (padding << 1),
      channels === 1 ? 0xc4 : 0x44,
    ]);
    return bytes;
  };
  const frames: Uint8Array[] = [];
  if (xing) {
    const info = frame(0);
    const at = 4 + (channels === 1 ? 17 : 32);
    info.set(text('Info'), at);
    info.set(u32be(1), at + 4);
    info.set(u32be(count), at + 8);
    frames.push(info);
  }
  // Padding as an encoder spreads it, so the stream keeps its bit rate.
  let rest = 0;
  for (let i = 0; i < count; i++) {
    rest += (144 * 128_000) % sampleRate;
    const padding = rest >= sampleRate ? 1 : 0;
    if (padding) rest -= sampleRate;
    frames.push(frame(padding));
  }
  return concat(frames);
}

function box(type: string, ...body: Uint8Array[]): Uint8Array {
  const content = concat(body);
  return concat([u32be(8 + content.length), text(type), content]);
}

/** An M4A (MP4, AAC track) with `mdat` first and `moov` last; `mdat` holds `mdatBytes` zeros. */
export function m4a(seconds: number, sampleRate: number, channels: number, mdatBytes = 1024) {
  const timescale = sampleRate;
  const duration = Math.round(seconds * sampleRate);
  const fullBox = (version = 0) => new Uint8Array([version, 0, 0, 0]);
  const mdhd = box(
    'mdhd',
    fullBox(),
    u32be(0),
    u32be(0),
    u32be(timescale),
    u32be(duration),
    u16be(0x55c4),
    u16be(0),
  );
  const hdlr = box('hdlr', fullBox(), u32be(0), text('soun'), new Uint8Array(12), text('Sound\0'));
  const audioEntry = box(
    'mp4a',
    new Uint8Array(6),
    u16be(1),
    new Uint8Array(8),
    u16be(channels),
    u16be(16),
    u16be(0),
    u16be(0),
    u32be(sampleRate * 65536),
  );
  const stsd = box('stsd', fullBox(), u32be(1), audioEntry);
  const stbl = box('stbl', stsd);
  const minf = box('minf', stbl);
  const mdia = box('mdia', mdhd, hdlr, minf);
  const trak = box('trak', mdia);
  const mvhd = box(
    'mvhd',
    fullBox(),
    u32be(0),
    u32be(0),
    u32be(1000),
    u32be(Math.round(seconds * 1000)),
    new Uint8Array(80),
  );
  return concat([
    box('ftyp', text('M4A '), u32be(0), text('M4A mp42isom')),
    box('mdat', new Uint8Array(mdatBytes)),
    box('moov', mvhd, trak),
  ]);
}
