/*
 * Dataset files that pass the upload's pre-flight, by extension, at about the size asked: a WAV of
 * 16 kHz silence, a VTT, SRT, TXT and JSONL with one short cue or line of speech (padded with
 * spaces), MP3, FLAC and M4A from the audio fixtures. Any other extension gets zero bytes (the
 * upload refuses its type by name before any reading).
 */
import type { CustomModel } from '../../src/api/types.js';
import { flac, m4a, mp3, wavHeader } from './audio-fixtures.js';

const encode = (value: string) => new TextEncoder().encode(value);

function padded(text: string, size: number): Uint8Array {
  return encode(text.length >= size ? text : text + ' '.repeat(size - text.length));
}

/** The bytes of a good dataset file named `name`, of `size` bytes where the format allows. */
export function goodBytes(name: string, size = 64): Uint8Array {
  const extension = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  switch (extension) {
    case 'wav': {
      const data = Math.max(2, size - 44) & ~1;
      const bytes = new Uint8Array(44 + data);
      bytes.set(wavHeader(16_000, 1, 16, data));
      return bytes;
    }
    case 'vtt':
      return padded('WEBVTT\n\n00:00.000 --> 00:00.500\nhello there\n', size);
    case 'srt':
      return padded('1\n00:00:00,000 --> 00:00:00,500\nhello there\n', size);
    case 'txt':
      return padded('hello there\n', size);
    case 'jsonl':
      return padded('{"audio_filepath":"a.wav","text":"hello there","duration":1}\n', size);
    case 'mp3':
      return new Uint8Array(mp3(1, 44100, 1));
    case 'flac':
      return new Uint8Array(flac(1, 16_000, 1));
    case 'm4a':
      return new Uint8Array(m4a(1, 16_000, 1));
    default:
      return new Uint8Array(size);
  }
}

/** A good dataset file (see {@link goodBytes}). */
export const goodFile = (name: string, size = 64) =>
  new File([goodBytes(name, size) as BlobPart], name);

/** The model the upload tests add data to: English, not running. */
export const UPLOAD_MODEL: CustomModel = {
  id: 'm1',
  key: 'cm-test-en-0001',
  name: 'Test EN',
  baseLanguage: { id: '1', key: 'en-gb', name: 'English' },
  trainingStatus: 1,
  lastModified: '2024-05-01T10:00:00.000Z',
};
