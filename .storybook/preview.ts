import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
// Every shipped language (ours and Shoelace's strings), so the Locale toolbar switches them all.
import '../src/translations/nl.js';
import '../src/translations/fr.js';
import '../src/translations/de.js';

interface Member {
  privacy?: string;
  static?: boolean;
  kind?: string;
  name?: string;
}
interface Declaration {
  members?: Member[];
  attributes?: unknown[];
}
interface Manifest {
  modules?: Array<{ declarations?: Declaration[] }>;
}

// Autodocs would list private, protected and @state members; hosts only need the public API.
function publicOnly(source: Manifest): Manifest {
  return {
    ...source,
    modules: source.modules?.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.filter(
          (member) => !member.privacy || member.privacy === 'public',
        ),
      })),
    })),
  };
}

setCustomElementsManifest(publicOnly(manifest as Manifest));

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
  globalTypes: {
    theme: {
      description: 'Shoelace theme',
      toolbar: { title: 'Theme', icon: 'contrast', items: ['light', 'dark'], dynamicTitle: true },
    },
    locale: {
      description: 'Language of the elements (lang attribute)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'nl', title: 'Nederlands' },
          { value: 'fr', title: 'Français' },
          { value: 'de', title: 'Deutsch' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en' },
  decorators: [
    (story, context) => {
      const dark = context.globals.theme === 'dark' || context.parameters.theme === 'dark';
      document.documentElement.classList.toggle('sl-theme-dark', dark);
      document.documentElement.lang = context.globals.locale ?? 'en';
      return story();
    },
  ],
};

export default preview;
