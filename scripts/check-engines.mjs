// CI check of the README's promise: every package in the lockfiles (the root's and
// examples/angular's) declares, in its `engines.node`, each Node version the README says is
// supported, so `npm install` prints no EBADENGINE warning on any of them, not only on the Node
// that CI runs (which the install step checks as it happens).
import { readFileSync } from 'node:fs';
import semver from 'semver';

// Each supported line (README, "Quick start") from its lowest release, with a later one as a probe.
const SUPPORTED_NODE = ['20.19.0', '20.99.0', '22.13.0', '22.99.0', '24.0.0', '24.99.0'];
const LOCKFILES = ['package-lock.json', 'examples/angular/package-lock.json'];

const problems = [];
for (const file of LOCKFILES) {
  const lock = JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8'));
  for (const [path, entry] of Object.entries(lock.packages ?? {})) {
    const range = entry.engines?.node;
    if (!path || !range || entry.link) continue;
    const name = path.replace(/^.*node_modules\//, '');
    for (const version of SUPPORTED_NODE) {
      if (!semver.satisfies(version, range))
        problems.push(`${file}: ${name}@${entry.version} declares node ${range}, not ${version}`);
    }
  }
}
if (problems.length) {
  console.error(
    `${problems.join('\n')}\nPick a release that declares every supported Node version.`,
  );
  process.exit(1);
}
console.log(`Every locked package declares Node ${SUPPORTED_NODE.join(', ')}.`);
