// Finds a Chromium or Chrome for the tests and the benchmark: CHROME_PATH first, then the usual
// system paths and names on PATH.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];
const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  for (const path of CANDIDATES) if (existsSync(path)) return path;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of NAMES) {
      const path = join(dir, name);
      if (dir && existsSync(path)) return path;
    }
  }
  return undefined;
}

export const NO_CHROME_MESSAGE = `No Chromium or Chrome was found.
Install one and run again, for example:
  Debian/Ubuntu:  sudo apt-get install chromium
  macOS:          brew install --cask chromium   (or install Google Chrome)
or point CHROME_PATH at an existing browser:
  CHROME_PATH=/path/to/chrome npm test`;

/** Flags for headless Chromium as root on a machine with no network beyond the registries. */
export const CHROME_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-quic',
  '--no-first-run',
  '--disable-sync',
];
