/*
 * Issue 27, fourth round: what the grid does while a page loads stays off the path between the
 * page's arrival and the rows on screen. The placeholders' sheen and the loading bar move by
 * transform only (the compositor's), not by background-position, left and width (style, layout and
 * paint on the main thread every frame of a load); the rows' date and language formatters are
 * built during the wait, not when the rows are first written.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../src/custom-models-provider.js';
import '../src/models-grid.js';
import type { ModelsGrid } from '../src/models-grid.js';
import { InMemoryCustomModelsApi } from '../src/adapters.js';
import type { CustomModel } from '../src/api/types.js';
import { until } from './helpers/shoelace.js';

const models: CustomModel[] = Array.from({ length: 30 }, (_, i) => ({
  id: String(i + 1),
  key: `cm-${i + 1}`,
  name: `Model ${i + 1}`,
  baseLanguage: { id: '2', key: 'nl-nl', name: 'Dutch' },
  trainingStatus: 4,
  lastModified: '2025-03-12T14:05:00Z',
}));

async function mount(api: InMemoryCustomModelsApi, lang = 'en') {
  const provider = await fixture(
    html`<custom-models-provider .api=${api}
      ><models-grid lang=${lang} page-size="10"></models-grid
    ></custom-models-provider>`,
  );
  return provider.querySelector<ModelsGrid>('models-grid')!;
}

/** The properties each running animation of the grid's shadow tree changes, by target. */
function animatedProperties(grid: ModelsGrid) {
  return grid.shadowRoot!.getAnimations().map((animation) => {
    const effect = animation.effect as KeyframeEffect;
    const target = `${(effect.target as Element).className}${effect.pseudoElement ?? ''}`;
    const properties = new Set(
      effect
        .getKeyframes()
        .flatMap((frame) =>
          Object.keys(frame).filter(
            (key) => !['offset', 'computedOffset', 'easing', 'composite'].includes(key),
          ),
        ),
    );
    return { target, properties: [...properties].sort() };
  });
}

describe('models-grid while a page loads', () => {
  it('first load: the placeholders and the bar animate the transform only', async () => {
    const grid = await mount(new InMemoryCustomModelsApi({ models, latencyMs: 60_000 }));
    await until(() => grid.shadowRoot?.querySelector('.skeleton'), 'placeholders shown');
    const animations = animatedProperties(grid);
    // The loading bar and every placeholder bar are moving, each by its transform.
    const bars = grid.shadowRoot!.querySelectorAll('.skeleton').length;
    expect(animations.filter((a) => a.target === 'progress-indicator')).to.have.length(1);
    expect(animations.filter((a) => a.target === 'skeleton::before')).to.have.length(bars);
    for (const animation of animations)
      expect(animation.properties, animation.target).to.deep.equal(['transform']);
  });

  it('next page: the bar over the dimmed rows animates the transform only', async () => {
    const api = new InMemoryCustomModelsApi({ models, latencyMs: 0 });
    const grid = await mount(api);
    await until(() => grid.shadowRoot!.querySelectorAll('tbody tr[data-id]').length === 10, 'rows');
    api.latencyMs = 60_000;
    grid.page = 2;
    await until(
      () => !grid.shadowRoot!.querySelector<HTMLElement>('.progress')!.hidden,
      'loading bar shown',
    );
    const animations = animatedProperties(grid).filter((a) => a.target === 'progress-indicator');
    expect(animations).to.have.length(1);
    expect(animations[0]!.properties).to.deep.equal(['transform']);
  });

  it('next page: the rows dim under a layer of the grid’s background, the body itself unchanged', async () => {
    // The body's own opacity, faded in, restyled and re-attached the rows at every frame of the
    // fade: about 40 ms of main thread for each page that took longer than 150 ms (BENCHMARKS.md,
    // note 11). A layer over the rows fades on the compositor.
    const api = new InMemoryCustomModelsApi({ models, latencyMs: 0 });
    const grid = await mount(api);
    await until(() => grid.shadowRoot!.querySelectorAll('tbody tr[data-id]').length === 10, 'rows');
    const body = grid.shadowRoot!.querySelector('tbody')!;
    const layer = () => getComputedStyle(body, '::after');
    expect(layer().opacity, 'not dimmed while idle').to.equal('0');
    api.latencyMs = 60_000;
    grid.page = 2;
    await until(() => layer().opacity === '0.4', 'rows dimmed');
    expect(getComputedStyle(body).opacity).to.equal('1');
    const onBody = grid
      .shadowRoot!.getAnimations()
      .filter((a) => (a.effect as KeyframeEffect).target === body);
    expect(onBody.every((a) => (a.effect as KeyframeEffect).pseudoElement === '::after')).to.equal(
      true,
    );
    // Over every row, in the grid's own background colour, letting the pointer through.
    expect(layer().position).to.equal('absolute');
    expect(layer().pointerEvents).to.equal('none');
    expect(layer().backgroundColor).to.equal(getComputedStyle(grid).backgroundColor);
    const box = body.getBoundingClientRect();
    expect(parseFloat(layer().height)).to.be.closeTo(box.height, 1);
    // The page arrives: the rows are bright again at once.
    api.latencyMs = 0;
    await grid.refresh();
    await until(() => layer().opacity === '0', 'dim gone');
  });

  it('builds the rows’ date and language formatters during the wait for the first page', async () => {
    // Frisian: a language no other test formats in, so nothing is cached for it yet.
    const made: string[] = [];
    const { DisplayNames, DateTimeFormat } = Intl;
    class SpiedDisplayNames extends DisplayNames {
      constructor(locales: Intl.LocalesArgument, options: Intl.DisplayNamesOptions) {
        super(locales, options);
        made.push(`names ${[locales].flat().join()}`);
      }
    }
    class SpiedDateTimeFormat extends DateTimeFormat {
      constructor(locales?: Intl.LocalesArgument, options?: Intl.DateTimeFormatOptions) {
        super(locales, options);
        made.push(`dates ${[locales].flat().join()} ${options?.dateStyle}/${options?.timeStyle}`);
      }
    }
    // Intl's members are read-only in the typings, not in the browser.
    const intl = Intl as { -readonly [K in keyof typeof Intl]: (typeof Intl)[K] };
    intl.DisplayNames = SpiedDisplayNames;
    intl.DateTimeFormat = SpiedDateTimeFormat as typeof Intl.DateTimeFormat;
    try {
      const grid = await mount(new InMemoryCustomModelsApi({ models, latencyMs: 60_000 }), 'fy');
      await until(() => grid.shadowRoot?.querySelector('.skeleton'), 'placeholders shown');
      await until(() => made.includes('names fy'), 'language names built while loading');
      for (let i = 0; i < 3; i++) await nextFrame();
      expect(grid.shadowRoot!.querySelector('tbody tr[data-id]'), 'no rows yet').to.equal(null);
      expect(made).to.include.members(['names fy', 'dates fy medium/short', 'dates fy full/long']);
    } finally {
      intl.DisplayNames = DisplayNames;
      intl.DateTimeFormat = DateTimeFormat;
    }
  });
});
