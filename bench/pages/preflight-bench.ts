// The dataset pre-flight (issue 25) in the browser: 10 files of a typical selection (5 WAV of 30 s,
// 5 WebVTT of 200 cues) pre-flighted as a selection, and one 2 GiB WAV built from a Blob of
// repeated 1 MiB slices, read by its header while a loop of tasks measures the longest the main thread is held.
import { preflightFile, preflightSelection } from '../../src/preflight/index.js';
import type { FileReport } from '../../src/preflight/types.js';

const MiB = 2 ** 20;

function wavHeader(dataBytes: number, sampleRate = 16_000): Uint8Array {
  const header = new DataView(new ArrayBuffer(44));
  const text = (at: number, value: string) =>
    [...value].forEach((c, i) => header.setUint8(at + i, c.charCodeAt(0)));
  text(0, 'RIFF');
  header.setUint32(4, 36 + dataBytes, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  header.setUint32(16, 16, true);
  header.setUint16(20, 1, true);
  header.setUint16(22, 1, true);
  header.setUint32(24, sampleRate, true);
  header.setUint32(28, sampleRate * 2, true);
  header.setUint16(32, 2, true);
  header.setUint16(34, 16, true);
  text(36, 'data');
  header.setUint32(40, dataBytes, true);
  return new Uint8Array(header.buffer);
}

const stamp = (s: number) => {
  const ms = Math.round(s * 1000);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(Math.floor(ms / 60_000))}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
};

function vtt(cues: number): string {
  let text = 'WEBVTT\n\n';
  for (let i = 0; i < cues; i++)
    text += `${stamp(i * 0.15)} --> ${stamp(i * 0.15 + 0.1)}\nhello there this is cue ${i}\n\n`;
  return text;
}

/** Ten files: talk-N.wav (30 s, 16 kHz mono) and talk-N.vtt (200 cues inside those 30 s). */
function tenFiles(): File[] {
  const files: File[] = [];
  const seconds = 30;
  const data = seconds * 16_000 * 2;
  for (let i = 0; i < 5; i++) {
    files.push(new File([wavHeader(data) as BlobPart, new Uint8Array(data)], `talk-${i}.wav`));
    files.push(new File([vtt(200)], `talk-${i}.vtt`));
  }
  return files;
}

let big: File | undefined;

declare global {
  interface Window {
    __bench: {
      ten(): Promise<{ ms: number; ok: number; bytesRead: number; bytes: number }>;
      makeBig(): number;
      runBig(): Promise<{ ms: number; maxTaskGapMs: number; report: Partial<FileReport> }>;
    };
  }
}

window.__bench = {
  async ten() {
    const files = tenFiles();
    const start = performance.now();
    const report = await preflightSelection(files);
    const ms = performance.now() - start;
    return {
      ms,
      ok: report.files.filter((file) => file.ok).length,
      bytesRead: report.files.reduce((sum, file) => sum + file.bytesRead, 0),
      bytes: files.reduce((sum, file) => sum + file.size, 0),
    };
  },
  makeBig() {
    const slice = new Blob([new Uint8Array(MiB)]);
    const parts: BlobPart[] = [wavHeader(2048 * MiB - 44) as BlobPart];
    for (let i = 0; i < 2047; i++) parts.push(slice);
    parts.push(slice.slice(0, MiB - 44));
    big = new File(parts, 'big.wav');
    return big.size;
  },
  async runBig() {
    // A loop of tasks beside the read: the longest gap between two of them is the longest the
    // main thread was held (a frozen page shows as one long gap).
    let last = performance.now();
    let maxTaskGapMs = 0;
    let running = true;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      const now = performance.now();
      maxTaskGapMs = Math.max(maxTaskGapMs, now - last);
      last = now;
      if (running) channel.port2.postMessage(null);
    };
    channel.port2.postMessage(null);
    const start = performance.now();
    const report = await preflightFile(big!);
    const ms = performance.now() - start;
    // One more task, so the gap that ends after the read is counted.
    await new Promise((resolve) => setTimeout(resolve));
    running = false;
    channel.port1.close();
    const { size, bytesRead, ok, audio, findings } = report;
    return { ms, maxTaskGapMs, report: { size, bytesRead, ok, audio, findings } };
  },
};
