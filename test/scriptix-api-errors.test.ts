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

    // Documented error body (B1): `{ error, error_description?, message?, detail? }`, where
    // `error` is often only the status phrase or a code.
    const specific: Array<[string, number, unknown, string]> = [
      [
        'the status phrase',
        404,
        { error: 'Not Found', message: 'Model not found' },
        'Model not found',
      ],
      [
        'the status phrase in capitals',
        400,
        { error: 'BAD REQUEST', message: 'The name is too long.' },
        'The name is too long.',
      ],
      [
        'a code',
        404,
        { error: 'NOT_FOUND', error_description: 'No model with id 5.' },
        'No model with id 5.',
      ],
      [
        'a phrase with a full stop',
        500,
        { error: 'Internal Server Error.', detail: 'The training queue is down.' },
        'The training queue is down.',
      ],
    ];
    for (const [what, status, body, message] of specific) {
      it(`prefers the server's sentence when \`error\` is ${what}`, async () => {
        await rule({ method: 'GET', path: 'custom_models/5$', status, body });
        expect((await rejection(api().getModel('5'))).message).to.equal(message);
      });
    }

    it('falls back to its own wording when the server sent only a status phrase', async () => {
      await rule({
        method: 'GET',
        path: 'custom_models/5$',
        status: 404,
        body: { error: 'Not Found' },
      });
      expect((await rejection(api().getModel('5'))).message).to.equal(
        SCRIPTIX_STATUS_MESSAGES[404],
      );
    });

    it('keeps the server’s error_code (or the code in `error`) for support, never as the message', async () => {
      const bodies: Array<[unknown, string]> = [
        [
          { error: 'Not Found', error_code: 'MODEL_NOT_FOUND', message: 'Model not found' },
          'MODEL_NOT_FOUND',
        ],
        [{ error: { code: 'model_missing', message: 'Model not found' } }, 'model_missing'],
        [{ error: 'model_missing', message: 'Model not found' }, 'model_missing'],
        [{ error_code: 40401, message: 'Model not found' }, '40401'],
      ];
      for (const [body, code] of bodies) {
        await rule({ method: 'GET', path: 'custom_models/5$', status: 404, body });
        // A 404 on a model is the known `unknown-model` (said in the user's language); the
        // server's own code stays on the error it came with, the `cause`.
        const error = await rejection(api().getModel('5'));
        expect(error, JSON.stringify(body)).to.include({
          code: 'unknown-model',
          message: 'Model not found',
        });
        expect((error.cause as CustomModelsApiError).code, JSON.stringify(body)).to.equal(code);
      }
      await rule({
        method: 'GET',
        path: 'custom_models/5$',
        status: 404,
        body: { error: 'Not Found' },
      });
      const plain = await rejection(api().getModel('5'));
      expect(plain.code).to.equal('unknown-model');
      expect((plain.cause as CustomModelsApiError | undefined)?.code).to.equal(undefined);
    });

    it('reads field errors from a 422: the documented `error.details`, and `detail: [{ loc, msg }]` (guess)', async () => {
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
