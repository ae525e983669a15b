import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { setViewport } from '@web/test-runner-commands';
import * as badge from '../../stories/model-status-badge.stories.js';
import * as grid from '../../stories/models-grid.stories.js';
import * as dialogs from '../../stories/dialogs.stories.js';
import * as details from '../../stories/custom-model-details.stories.js';
import * as accuracy from '../../stories/accuracy.stories.js';
import * as upload from '../../stories/dataset-upload.stories.js';
import * as page from '../../stories/custom-models-page.stories.js';
import * as picker from '../../stories/custom-model-picker.stories.js';
import * as scriptix from '../../stories/scriptix-api.stories.js';
import { GUIDE_SHOWN_KEY } from '../../src/custom-models-page/custom-models-page.component.js';
import { disableShoelaceAnimations, until } from '../helpers/shoelace.js';
import { useShoelaceTheme } from '../helpers/theme.js';
import { busyIndicators } from '../helpers/dom.js';

disableShoelaceAnimations();
// The stories' in-memory adapters answer at once here (stories/scenarios.ts reads this).
(globalThis as { __CM_STORY_LATENCY_MS__?: number }).__CM_STORY_LATENCY_MS__ = 0;

type Args = Record<string, unknown>;
interface StoryLike {
  name?: string;
  args?: Args;
  parameters?: Record<string, unknown>;
  render?: (args: Args, context: unknown) => TemplateResult;
  play?: (context: { canvasElement: HTMLElement; args: Args }) => Promise<void> | void;
}
interface MetaLike extends StoryLike {
  title?: string;
}
type StoriesModule = { default: MetaLike } & Record<string, unknown>;

const MODULES: StoriesModule[] = [
  badge,
  grid,
  dialogs,
  details,
  accuracy,
  upload,
  page,
  picker,
  scriptix,
] as never;

/** Stories whose adapter never answers on purpose: checked while loading. */
const LOADING_ON_PURPOSE = /Loading|OrganizationLoading|LanguagesLoading/;

/**
 * Rules not applied to a story, each with its reason. Only one, and only where it misfires:
 * `label-title-only` (a best-practice rule, not a WCAG criterion) flags the create dialog's
 * `<sl-select>` once Shoelace's theme is loaded: axe's `title-only` check finds no label through
 * the select's `aria-labelledby="label"` (an id inside Shoelace's own shadow root, whose label
 * "Language" is visible and is the accessible name Chrome computes) and then counts its
 * `aria-describedby` as the only label. The same dialog passes without the theme
 * (test/create-model-dialog.test.ts). Reported to be looked at in Shoelace / axe; every other rule
 * runs on these stories.
 */
function ignoredRulesFor(meta: MetaLike, story: StoryLike): string[] {
  return meta.title === 'Elements/Dialogs' && story.name?.startsWith('create-model-dialog')
    ? ['label-title-only']
    : [];
}

function storiesOf(module: StoriesModule): Array<[string, StoryLike]> {
  return Object.entries(module).filter(
    ([name, value]) => name !== 'default' && typeof value === 'object' && value !== null,
  ) as Array<[string, StoryLike]>;
}

describe('hardening: axe on every story', () => {
  let removeLight: () => void;
  before(async () => {
    // As in Storybook (.storybook/preview-head.html): the light theme always, dark on top.
    removeLight = await useShoelaceTheme('light');
    // A desktop canvas, as Storybook's: in the default 800 × 600 window a dialog's body scrolls, and
    // axe counts a field label scrolled out of its view as hidden (label-title-only).
    await setViewport({ width: 1280, height: 900 });
  });
  after(async () => {
    await setViewport({ width: 800, height: 600 });
    removeLight();
    localStorage.removeItem(GUIDE_SHOWN_KEY);
  });

  for (const module of MODULES) {
    const meta = module.default;
    for (const [exportName, story] of storiesOf(module)) {
      it(`${meta.title} / ${story.name ?? exportName} has no axe violations`, async function () {
        this.timeout(15_000);
        const args: Args = { ...(meta.args ?? {}), ...(story.args ?? {}) };
        const render = story.render ?? meta.render;
        expect(render, 'a render function').to.be.a('function');
        const parameters = { ...(meta.parameters ?? {}), ...(story.parameters ?? {}) };
        const dark = parameters.theme === 'dark';
        const removeDark = dark ? await useShoelaceTheme('dark') : undefined;
        if (dark) {
          document.body.style.background = 'var(--sl-color-neutral-0)';
          document.body.style.color = 'var(--sl-color-neutral-900)';
        }
        try {
          const canvas = await fixture<HTMLElement>(
            html`<div class="story-canvas">${render!(args, { args, parameters })}</div>`,
          );
          const play = story.play ?? meta.play;
          if (play) await play({ canvasElement: canvas, args });
          // Let adapters answer and the elements settle; stories that load for ever stay loading.
          const settled = () => busyIndicators(canvas).length === 0;
          if (LOADING_ON_PURPOSE.test(exportName)) await new Promise((r) => setTimeout(r, 100));
          else await until(settled, `${exportName} settled`, 5000).catch(() => undefined);
          await new Promise((r) => setTimeout(r, 50));
          await expect(canvas).to.be.accessible({ ignoredRules: ignoredRulesFor(meta, story) });
        } finally {
          removeDark?.();
          document.body.style.background = '';
          document.body.style.color = '';
        }
      });
    }
  }
});
