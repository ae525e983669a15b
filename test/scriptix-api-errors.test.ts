import { expect } from '@open-wc/testing';
import {
  CustomModelsApiError,
  SCRIPTIX_STATUS_MESSAGES,
  type ApiErrorKind,
} from '../src/adapters.js';
import { MODELS, api, rejection, requests, reset, rule } from './helpers/scriptix-mock.js';

describe('ScriptixApi errors (over HTTP, Scriptix wire format)', () => {
  beforeEach(() => reset({ models: MODELS }));

  describe('errors', () => {
    const cases: Array<[number, unknown, ApiErrorKind, string]> = [
      [400, { error: 'Invalid language_id.' }, 'validation', 'Invalid language_id.'],
      [
        401,
        { error: 'invalid_token', error_description: 'The token expired.' },
        'unauthorized',
        'The token expired.',
      ],
      [402, {}, 'payment-required', SCRIPTIX_STATUS_MESSAGES[402]!],
      [
        403,
        { message: 'Your token may not read this model.' },
        'forbidden',
        'Your token may not read this model.',
      ],
      [404, { detail: 'No such model.' }, 'not-found', 'No such model.'],
      [409, undefined, 'conflict', SCRIPTIX_STATUS_MESSAGES[409]!],
      [415, { error: 'unsupported_media_type' }, 'validation', SCRIPTIX_STATUS_MESSAGES[415]!],
      [
        422,
        {
          error: {
            code: 'validation_error',
            message: 'Check the name.',
            details: { field: 'name', issue: 'Too long.' },
          },
        },
        'validation',
        'Check the name.',
      ],
      [429, { error: 'rate_limited' }, 'server', SCRIPTIX_STATUS_MESSAGES[429]!],
      [500, undefined, 'server', SCRIPTIX_STATUS_MESSAGES[500]!],
      [502, undefined, 'server', SCRIPTIX_STATUS_MESSAGES[502]!],
      [503, { error: 'Maintenance until 14:00.' }, 'server', 'Maintenance until 14:00.'],
    ];
    for (const [status, body, kind, message] of cases) {
      it(`turns ${status} into kind "${kind}" with a message fit to show`, async () => {
        await rule({ method: 'GET', path: 'custom_models/5$', status, body });
        const error = await rejection(api().getModel('5'));
        expect(error).to.include({ kind, status, message });
        expect(error.message).not.to.contain('[object');
      });
    }

    it('reads field errors from a 422 (server validation)', async () => {
      const error = await rejection(api().createModel({ name: '  ', languageId: '1' }));
      expect(error).to.include({
        kind: 'validation',
        status: 422,
        message: 'The name is required.',
      });
      expect(error.fieldErrors).to.deep.equal({ name: 'The name is required.' });

      await rule({
        method: 'POST',
        status: 422,
        body: { detail: [{ loc: ['body', 'language_id'], msg: 'Unknown language.' }] },
      });
      const second = await rejection(api().createModel({ name: 'X', languageId: '99' }));
      expect(second.message).to.equal('Unknown language.');
      expect(second.fieldErrors).to.deep.equal({ languageId: 'Unknown language.' });
    });

    it('lets a host reword a status', async () => {
      await rule({ path: 'custom_models/5$', status: 500 });
      const error = await rejection(api({ messages: { 500: 'Scriptix is down.' } }).getModel('5'));
      expect(error.message).to.equal('Scriptix is down.');
    });

    it('calls onUnauthorized on a 401 from the server', async () => {
      await reset({ models: MODELS, tokens: ['good'] });
      const seen: CustomModelsApiError[] = [];
      const error = await rejection(
        api({ token: 'bad', onUnauthorized: (e) => seen.push(e) }).getModel('5'),
      );
      expect(error.kind).to.equal('unauthorized');
      expect(error.message).to.equal('The access token is missing, invalid or expired.');
      expect(seen).to.deep.equal([error]);
    });

    it('is kind "network" when the connection closes without an answer', async () => {
      // Chrome retries when a connection closes without an answer: drop the retries too.
      await rule({ path: 'custom_models/5$', drop: true, times: 10 });
      const error = await rejection(api().getModel('5'));
      expect(error.kind).to.equal('network');
      expect(error.status).to.equal(undefined);
      expect(error.message).to.match(/could not be reached/);
    });

    it('is kind "aborted" when the signal aborts, before or during the request', async () => {
      const controller = new AbortController();
      controller.abort();
      expect((await rejection(api().getModel('5', { signal: controller.signal }))).kind).to.equal(
        'aborted',
      );
      expect(await requests()).to.have.length(0);

      await rule({ path: 'custom_models/5$', hang: true });
      const live = new AbortController();
      const pending = api().getModel('5', { signal: live.signal });
      setTimeout(() => live.abort(), 50);
      expect((await rejection(pending)).kind).to.equal('aborted');
    });

    it('times out (kind "network", clear message) after timeoutMs', async () => {
      await rule({ path: 'custom_models/5$', hang: true });
      const started = performance.now();
      const error = await rejection(api({ timeoutMs: 200 }).getModel('5'));
      expect(error.kind).to.equal('network');
      expect(error.message).to.equal(
        'The service did not answer within 0.2 seconds. Please try again.',
      );
      expect(performance.now() - started).to.be.lessThan(2000);
    });
  });
});
