// Renders one story (?story=<module>/<export>&theme=light|dark) as Storybook would, for
// scripts/screenshots.mjs; `window.__stories` lists them all, `window.__ready` settles.
import '@shoelace-style/shoelace/dist/themes/light.css';
import '@shoelace-style/shoelace/dist/themes/dark.css';
import { render, type TemplateResult } from 'lit';
import '../../src/index.js';
import { GUIDE_SHOWN_KEY } from '../../src/custom-models-page/custom-models-page.component.js';
import * as badge from '../../stories/model-status-badge.stories.js';
import * as grid from '../../stories/models-grid.stories.js';
import * as dialogs from '../../stories/dialogs.stories.js';
import * as details from '../../stories/custom-model-details.stories.js';
import * as accuracy from '../../stories/accuracy.stories.js';
import * as upload from '../../stories/dataset-upload.stories.js';
import * as page from '../../stories/custom-models-page.stories.js';
import * as picker from '../../stories/custom-model-picker.stories.js';
import * as oneStore from '../../stories/one-store.stories.js';

type Args = Record<string, unknown>;
interface StoryLike {
  args?: Args;
  parameters?: Record<string, unknown>;
  render?: (args: Args, context: unknown) => TemplateResult;
  play?: (context: { canvasElement: HTMLElement; args: Args }) => Promise<void> | void;
}
const MODULES: Record<string, Record<string, unknown>> = {
  badge,
  grid,
  dialogs,
  details,
  accuracy,
  upload,
  page,
  picker,
  'one-store': oneStore,
};

const stories = Object.entries(MODULES).flatMap(([module, exports]) =>
  Object.entries(exports)
    .filter(([name, value]) => name !== 'default' && typeof value === 'object' && value !== null)
    .map(([name]) => `${module}/${name}`),
);

async function show(id: string, theme: string) {
  const [module, name] = id.split('/');
  const meta = (MODULES[module!]!.default ?? {}) as StoryLike;
  const story = MODULES[module!]![name!] as StoryLike;
  const args = { ...meta.args, ...story.args };
  const dark = theme === 'dark' || story.parameters?.theme === 'dark';
  document.documentElement.classList.toggle('sl-theme-dark', dark);
  const draw = story.render ?? meta.render;
  const canvas = document.createElement('div');
  document.body.append(canvas);
  if (draw) render(draw(args, { args, globals: { theme, locale: 'en' } }), canvas);
  // As Storybook does: a story without its own play function runs its component's.
  await (story.play ?? meta.play)?.({ canvasElement: canvas, args });
}

const params = new URLSearchParams(location.search);
localStorage.clear();
if (params.get('guide') !== 'show') localStorage.setItem(GUIDE_SHOWN_KEY, 'true');
const id = params.get('story');
const w = window as unknown as { __stories: string[]; __ready: Promise<unknown> };
w.__stories = stories;
w.__ready = id ? show(id, params.get('theme') ?? 'light') : Promise.resolve();
