// Pixel-by-pixel comparison of two sets of screenshots (`npm run screenshots`, with
// SHOTS_FIXED_TIME=1 so the stories' dates match): `node bench/tools/screenshot-diff.mjs before/
// after/ [diffs/]`. PNGs are decoded by Chromium; for each pair that differs it prints how many
// pixels and where, and writes an image with those pixels in red over a dimmed copy.
import { Buffer } from 'node:buffer';
import process from 'node:process';
import { readdirSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome, NO_CHROME_MESSAGE } from '../../scripts/find-chrome.mjs';
const [a, b, out = 'bench/results/screenshot-diffs'] = process.argv.slice(2);
if (!a || !b)
  throw new Error('usage: node bench/tools/screenshot-diff.mjs before/ after/ [diffs/]');
mkdirSync(out, { recursive: true });
const executablePath = findChrome();
if (!executablePath) throw new Error(NO_CHROME_MESSAGE);
const browser = await chromium.launch({ executablePath, args: CHROME_ARGS });
const page = await browser.newPage();
let same = 0;
const differ = [];
for (const f of readdirSync(a)
  .filter((f) => f.endsWith('.png'))
  .sort()) {
  let bb;
  try {
    bb = readFileSync(join(b, f));
  } catch {
    differ.push(`${f}: missing after`);
    continue;
  }
  const ab = readFileSync(join(a, f));
  if (ab.equals(bb)) {
    same++;
    continue;
  }
  const r = await page.evaluate(
    async ([x, y]) => {
      const load = async (s) => {
        const i = new Image();
        i.src = 'data:image/png;base64,' + s;
        await i.decode();
        const c = new OffscreenCanvas(i.width, i.height);
        const g = c.getContext('2d');
        g.drawImage(i, 0, 0);
        return { w: i.width, h: i.height, d: g.getImageData(0, 0, i.width, i.height).data };
      };
      const p = await load(x),
        q = await load(y);
      if (p.w !== q.w) return { size: `${p.w}x${p.h} vs ${q.w}x${q.h}` };
      // Heights differ (a full-page shot of a page that scrolls further): the common top is
      // compared, and the taller shot's extra rows are checked to be one colour (blank page).
      let size;
      if (p.h !== q.h) {
        const t = p.h > q.h ? p : q;
        const h = Math.min(p.h, q.h);
        let blank = true;
        for (let k = h * t.w * 4; k < t.d.length && blank; k += 4)
          for (let c = 0; c < 4; c++) if (t.d[k + c] !== t.d[h * t.w * 4 + c]) blank = false;
        size = `${p.w}x${p.h} vs ${q.w}x${q.h}, the extra ${t.h - h} px ${blank ? 'blank' : 'NOT blank'}`;
        p.h = q.h = h;
      }
      let n = 0,
        minY = 1e9,
        maxY = -1,
        minX = 1e9,
        maxX = -1;
      const c = new OffscreenCanvas(p.w, p.h);
      const g = c.getContext('2d');
      const img = g.createImageData(p.w, p.h);
      for (let k = 0; k < p.w * p.h * 4; k += 4) {
        const dif =
          p.d[k] !== q.d[k] ||
          p.d[k + 1] !== q.d[k + 1] ||
          p.d[k + 2] !== q.d[k + 2] ||
          p.d[k + 3] !== q.d[k + 3];
        const px = (k / 4) % p.w,
          py = Math.floor(k / 4 / p.w);
        if (dif) {
          n++;
          minY = Math.min(minY, py);
          maxY = Math.max(maxY, py);
          minX = Math.min(minX, px);
          maxX = Math.max(maxX, px);
          img.data[k] = 255;
          img.data[k + 3] = 255;
        } else {
          img.data[k] = img.data[k + 1] = img.data[k + 2] = p.d[k] / 3;
          img.data[k + 3] = 255;
        }
      }
      g.putImageData(img, 0, 0);
      const blob = await c.convertToBlob();
      const buf = new Uint8Array(await blob.arrayBuffer());
      let s = '';
      for (const v of buf) s += String.fromCharCode(v);
      return { n, size, box: `x ${minX}-${maxX} y ${minY}-${maxY}`, png: btoa(s) };
    },
    [ab.toString('base64'), bb.toString('base64')],
  );
  if (r.size || r.n) {
    const pixels = r.n ? `${r.n} px differ, ${r.box}` : 'the common top identical';
    differ.push(`${f}: ${[r.size, r.n !== undefined && pixels].filter(Boolean).join('; ')}`);
    if (r.png) writeFileSync(join(out, f), Buffer.from(r.png, 'base64'));
  } else same++;
}
await browser.close();
console.log(`${same} identical, ${differ.length} differ`);
for (const d of differ) console.log('  ' + d);
