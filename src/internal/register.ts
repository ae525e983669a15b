import { enEager } from '../i18n/english-eager.js';
import { attachContextRoot } from './context-root.js';
import { registerStatusStrings, registerStrings } from './register-strings.js';

/**
 * What every `CustomModelsElement`'s define module registers before it defines its tag, and the
 * class modules never do (importing a class registers nothing: test/node/package-exports.test.mjs):
 * the status names and the eager English catalogue and the context root (the icons are registered
 * when the first element connects: base-element.ts); then each
 * `section` of English only that element renders (the details', the upload's), so an entry point
 * carries only what its elements show.
 */
export function registerLibrary(...sections: Record<string, unknown>[]): void {
  registerStatusStrings();
  registerStrings(enEager);
  for (const section of sections) registerStrings(section);
  attachContextRoot();
}
