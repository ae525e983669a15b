import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { Poller, type PollingOptions } from '../../src/store/poller.js';

/** A poller whose ticks are counted; `fail` makes them throw. */
function counting(options: Partial<PollingOptions>) {
  const host = { ticks: 0, fail: false, polling: undefined as unknown as Poller };
  host.polling = new Poller({
    interval: 30,
    ...options,
    callback: () => {
      host.ticks++;
      if (host.fail) throw new Error('tick failed');
    },
  });
  return host;
}

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('Poller', () => {
  afterEach(() => {
    // Back to the real property.
    delete (document as unknown as Record<string, unknown>).visibilityState;
  });

  it('ticks on its interval after start() and stops on stop()', async () => {
    const host = counting({});
    const polling = host.polling;
    expect(host.ticks).to.equal(0);
    polling.start();
    polling.start(); // harmless
    expect(polling.running).to.equal(true);
    await waitUntil(() => host.ticks >= 3, 'no ticks', { timeout: 2000 });
    polling.stop();
    const count = host.ticks;
    await aTimeout(120);
    expect(host.ticks).to.equal(count);
    expect(polling.running).to.equal(false);
  });

  it('pauses while the document is hidden and catches up when visible', async () => {
    const host = counting({});
    const polling = host.polling;
    polling.start();
    setVisibility('hidden');
    await aTimeout(120);
    expect(host.ticks).to.equal(0);
    setVisibility('visible');
    await waitUntil(() => host.ticks >= 1, 'no tick after becoming visible', { timeout: 2000 });
    polling.stop();
  });

  it('keeps ticking while hidden when pauseWhenHidden is false', async () => {
    const host = counting({ pauseWhenHidden: false });
    const polling = host.polling;
    setVisibility('hidden');
    polling.start();
    await waitUntil(() => host.ticks >= 2, 'no ticks while hidden', { timeout: 2000 });
    polling.stop();
  });

  it('backs off after failures and returns to the interval after a success', async () => {
    const host = counting({ interval: 20, backoff: { factor: 4, maxInterval: 1000 } });
    const polling = host.polling;
    host.fail = true;
    polling.start();
    await waitUntil(() => host.ticks >= 2, 'no ticks', { timeout: 2000 });
    expect(polling.failureCount).to.be.at.least(1);
    // After two failures the next delay is 20 * 4^2 = 320 ms: nothing for a while.
    await waitUntil(() => host.ticks >= 2 && polling.failureCount >= 2, 'no second failure', {
      timeout: 2000,
    });
    const count = host.ticks;
    await aTimeout(150);
    expect(host.ticks).to.equal(count);
    host.fail = false;
    await waitUntil(() => polling.failureCount === 0, 'never succeeded', { timeout: 2000 });
    polling.stop();
  });

  it('reads a changed interval', async () => {
    const host = counting({ interval: 10_000 });
    const polling = host.polling;
    polling.start();
    polling.interval = 20;
    expect(polling.interval).to.equal(20);
    await waitUntil(() => host.ticks >= 1, 'new interval not used', { timeout: 2000 });
    polling.interval = -5; // invalid: back to the default
    expect(polling.interval).to.equal(10_000);
    polling.stop();
  });
});
