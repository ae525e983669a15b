import type { CustomModel, Dataset } from '../../src/api/types.js';
import { GUIDE_SHOWN_KEY } from '../../src/custom-models-page/custom-models-page.component.js';

/** The store tests' models and data: one base language, a fixed last change. */
export const ENGLISH = { id: '1', key: 'en-gb', name: 'English' };
export const model = (id: string, name: string, status: number): CustomModel => ({
  id,
  key: `cm-${id}`,
  name,
  baseLanguage: ENGLISH,
  trainingStatus: status,
  lastModified: '2026-01-01T10:00:00.000Z',
});
/** An audio file with its transcript: enough to train. */
export const GOOD_DATA: Dataset[] = [
  { id: 'd1', name: 'talk.wav', kind: 'audio', sizeBytes: 5000 },
  { id: 'd2', name: 'talk.vtt', kind: 'transcript', sizeBytes: 200 },
];

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
  localStorage.removeItem(GUIDE_SHOWN_KEY);
});

/** Disposes the adapter (its training timers) after the test. */
export function track<T extends { dispose(): void }>(api: T): T {
  cleanups.push(() => api.dispose());
  return api;
}
