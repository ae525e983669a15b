// `npm run bench`: runs every benchmark in one process and writes BENCHMARKS.md.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { benchInMemory } from './in-memory.mjs';

const sections = [];
const fmt = (ms) => `${ms.toFixed(ms < 1 ? 3 : 1)} ms`;

console.log('In-memory adapter…');
const memory = await benchInMemory();
sections.push(`## In-memory adapter: one page of 100 out of 100,000 models

\`listModels\` sorted by name (descending), filtered by name contains and three statuses
(${memory.total.toLocaleString('en')} matches), in Node ${process.version}. Target: well under a
frame (16 ms) once warm.

| measurement | median | p95 |
| --- | --- | --- |
| first query (builds the name order) | ${fmt(memory.coldMs)} | |
| warm: same sort and filter, pages 1–50 (${memory.runs} runs) | ${fmt(memory.medianMs)} | ${fmt(memory.p95Ms)} |
| warm sort, a filter not seen before (40 runs) | ${fmt(memory.newFilterMedianMs)} | ${fmt(memory.newFilterP95Ms)} |
`);

const header = `# Benchmarks

Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}; ${os.cpus().length} cores
(${os.cpus()[0]?.model ?? 'unknown CPU'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB. Figures are
from one run; compare ratios taken in the same run rather than absolute times across machines.
`;
writeFileSync('BENCHMARKS.md', [header, ...sections].join('\n'));
console.log('Wrote BENCHMARKS.md');
