import { html } from 'lit';
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
      // The toolbar's theme is the document's. A story's own dark theme (parameters.theme) stays
      // on its wrapper: on a docs page every story renders, and a class on <html> would turn the
      // page's other stories dark too.
      const globalDark = context.globals.theme === 'dark';
      document.documentElement.classList.toggle('sl-theme-dark', globalDark);
      document.documentElement.lang = context.globals.locale ?? 'en';
      if (context.parameters.theme !== 'dark' || globalDark) return story();
      return html`<div
        class="sl-theme-dark"
        style="background: var(--sl-color-neutral-0); color: var(--sl-color-neutral-900); padding: 1rem"
      >
        ${story()}
      </div>`;
    },
  ],
};

export default preview;
