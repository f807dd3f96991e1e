import { describe, expect, it, vi } from 'vitest';
import { channels, type Channel } from '@shared/bridge/contract.ts';
import { ok } from '@shared/result.ts';
import type { Handlers } from '../../../electron/ipc.ts';
import { dispatch, isTrustedSender, registerIpcHandlers } from '../../../electron/ipc.ts';
import { ipcEvent } from './fake-electron.ts';
import { sampleBundle } from './fixtures.ts';

const APP_PAGE = 'app://partnership-review/index.html';

/** Handlers that record every call, so a test can prove a refused request never reached one. */
function spyHandlers() {
  const calls: Channel[] = [];
  const handlers = Object.fromEntries(
    channels.map((channel) => [
      channel,
      vi.fn(async () => {
        calls.push(channel);
        return channel === 'app:info' ? ok({ version: '1', platform: 'linux', shell: 'electron' }) : ok({ status: 'cancelled' });
      }),
    ]),
  ) as unknown as Handlers;
  return { handlers, calls };
}

function registered() {
  const map = new Map<string, (event: unknown, raw: unknown) => Promise<unknown>>();
  const { handlers, calls } = spyHandlers();
  registerIpcHandlers({ handle: (channel: string, fn: never) => void map.set(channel, fn) } as never, handlers);
  return { map, calls, handlers };
}

describe('IPC handlers (electron/ipc.ts)', () => {
  it('registers one handler for each channel of the contract and no other', () => {
    const { map } = registered();
    expect([...map.keys()].sort()).toEqual([...channels].sort());
  });

  it.each([
    ['another web origin', 'https://evil.example/index.html'],
    ['a local file', 'file:///tmp/index.html'],
    ['another app:// host', 'app://someone-else/index.html'],
    ['a look-alike scheme', 'apps://partnership-review/index.html'],
    ['a frame that has gone', null],
  ])('refuses %s with an error result, without calling the handler', async (_label, url) => {
    const { map, calls } = registered();
    for (const channel of channels) {
      const answer = await map.get(channel)!(ipcEvent(url), {});
      expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    }
    expect(calls).toEqual([]);
  });

  it('refuses a payload that fails the channel schema with an error result naming the problem', async () => {
    const { map, calls } = registered();
    const bundle = sampleBundle();
    const broken = { bundle: { ...bundle, review: { ...bundle.review, date: 'next Tuesday' } } };
    const answer = await map.get('excel:exportReview')!(ipcEvent(APP_PAGE), broken);
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const problems = (answer as { error: { problems: Array<{ where: string }> } }).error.problems;
    expect(problems.map((p) => p.where)).toContain('bundle.review.date');

    for (const junk of [undefined, null, 'text', 42, [], { extra: true }, { bundle: null }]) {
      expect(await map.get('review:saveFile')!(ipcEvent(APP_PAGE), junk)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect(calls).toEqual([]);
  });

  it('passes a valid request from the app page to its handler', async () => {
    const { map, calls } = registered();
    const answer = await map.get('review:saveFile')!(ipcEvent(APP_PAGE), { bundle: sampleBundle() });
    expect(answer).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(calls).toEqual(['review:saveFile']);
    expect(isTrustedSender(ipcEvent('app://partnership-review/deep/page.html?x=1') as never)).toBe(true);
  });

  it('turns a handler that throws into an error result', async () => {
    const answer = await dispatch(
      'app:info',
      async () => {
        throw new Error('disk on fire');
      },
      ipcEvent(APP_PAGE) as never,
      {},
    );
    expect(answer).toEqual({ ok: false, error: { code: 'internal', message: '"app:info" failed: disk on fire' } });
  });

  it('refuses to return an answer that breaks the contract', async () => {
    const answer = await dispatch('app:info', async () => ok({ version: 1 } as never), ipcEvent(APP_PAGE) as never, {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-output' } });
  });

  it('passes a handler error result through unchanged', async () => {
    const failure = { ok: false as const, error: { code: 'write-failed', message: 'no space' } };
    expect(await dispatch('app:info', async () => failure, ipcEvent(APP_PAGE) as never, {})).toBe(failure);
  });
});
