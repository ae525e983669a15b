/*
 * The one way an element listens to the store: made when it connects, made again for another
 * store or key, ended when it is removed.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { StoreSubscription } from '../../src/controllers/store-subscription.js';

interface FakeStore {
  name: string;
  listening: number;
}

class SubscribingHost extends LitElement {
  store?: FakeStore;
  key = 'a';
  readonly subscribed: string[] = [];
  constructor() {
    super();
    new StoreSubscription<FakeStore>(this, {
      store: () => this.store,
      key: () => this.key,
      subscribe: (store) => {
        store.listening++;
        this.subscribed.push(`${store.name}:${this.key}`);
        return () => store.listening--;
      },
    });
  }
}
customElements.define('subscribing-test-host', SubscribingHost);

describe('StoreSubscription', () => {
  it('follows the store and key in use, once each, and ends with the element', async () => {
    const one: FakeStore = { name: 'one', listening: 0 };
    const two: FakeStore = { name: 'two', listening: 0 };
    const el = await fixture<SubscribingHost>(
      html`<subscribing-test-host></subscribing-test-host>`,
    );
    expect(el.subscribed).to.deep.equal([]);

    el.store = one;
    el.requestUpdate();
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.subscribed).to.deep.equal(['one:a']);
    expect(one.listening).to.equal(1);

    el.store = two;
    el.requestUpdate();
    await el.updateComplete;
    expect([one.listening, two.listening]).to.deep.equal([0, 1]);

    el.key = 'b';
    el.requestUpdate();
    await el.updateComplete;
    expect(el.subscribed).to.deep.equal(['one:a', 'two:a', 'two:b']);
    expect(two.listening).to.equal(1);

    const parent = el.parentElement!;
    el.remove();
    expect(two.listening).to.equal(0);
    parent.append(el);
    expect(two.listening).to.equal(1);
    expect(el.subscribed.at(-1)).to.equal('two:b');
  });
});
