import { mkdtemp, mkdir, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY, CSP_DIRECTIVES } from '../../../electron/csp.ts';
import { createAppRequestHandler, mimeTypeOf } from '../../../electron/serve-renderer.ts';
import { createFakeElectron, type FakeElectron } from './fake-electron.ts';

vi.mock('electron', () => createFakeElectron());

const fake = (await import('electron')) as unknown as FakeElectron;
const { registerAppScheme, serveRenderer } = await import('../../../electron/protocol.ts');

let serve: (request: Request) => Promise<Response>;

beforeAll(async () => {
  const base = await mkdtemp(path.join(os.tmpdir(), 'pr-protocol-'));
  const root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Partnership Review</title>');
  await writeFile(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(path.join(root, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(path.join(root, 'assets', 'logo.svg'), '<svg/>');
  await writeFile(path.join(base, 'secret.txt'), 'outside the renderer');
  await symlink(path.join(base, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
  serve = createAppRequestHandler(root);
});

const get = (url: string, method = 'GET') => serve(new Request(url, { method }));

describe('app:// protocol (electron/protocol.ts, serve-renderer.ts)', () => {
  it('registers the scheme with its privileges, and serves it with the renderer handler', async () => {
    registerAppScheme();
    expect(fake.protocol.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    serveRenderer('/nowhere');
    expect((await fake.protocol.handlers.get('app')!(new Request('app://partnership-review/index.html'))).status).toBe(404);
  });

  it('serves the renderer with the right content types and the CSP on every response', async () => {
    const cases: Array<[string, string]> = [
      ['app://partnership-review/index.html', 'text/html; charset=utf-8'],
      ['app://partnership-review/', 'text/html; charset=utf-8'],
      ['app://partnership-review/assets/index-abc.js', 'text/javascript; charset=utf-8'],
      ['app://partnership-review/assets/index-abc.css', 'text/css; charset=utf-8'],
      ['app://partnership-review/assets/logo.svg', 'image/svg+xml'],
    ];
    for (const [url, type] of cases) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type')).toBe(type);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
    expect(await (await get('app://partnership-review/index.html')).text()).toContain('<title>Partnership Review</title>');
    expect(mimeTypeOf('x.woff2')).toBe('font/woff2');
    expect(mimeTypeOf('x.unknown')).toBe('application/octet-stream');
  });

  it.each([
    'app://partnership-review/../secret.txt',
    'app://partnership-review/%2e%2e/secret.txt',
    'app://partnership-review/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://partnership-review/assets/..%5c..%5csecret.txt',
    'app://partnership-review/index.html%00.png',
    'app://partnership-review/%E0%A4%A',
    'app://partnership-review/assets/link.txt',
  ])('refuses to serve anything outside dist/renderer: %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await response.text()).not.toContain('outside the renderer');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers 404 for other hosts and missing files, and 405 for writes', async () => {
    expect((await get('app://elsewhere/index.html')).status).toBe(404);
    expect((await get('app://partnership-review/missing.js')).status).toBe(404);
    expect((await get('app://partnership-review/assets')).status).toBe(404);
    expect((await get('app://partnership-review/index.html', 'POST')).status).toBe(405);
    const head = await get('app://partnership-review/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('has a strict CSP: self only, no eval, no remote origins, blob: only for images and fetches', () => {
    expect(CSP_DIRECTIVES['default-src']).toEqual(["'self'"]);
    expect(CSP_DIRECTIVES['script-src']).toEqual(["'self'"]);
    expect(CSP_DIRECTIVES['object-src']).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|wss?:|\*/);
    const withBlob = Object.entries(CSP_DIRECTIVES)
      .filter(([, sources]) => sources.includes('blob:'))
      .map(([d]) => d);
    expect(withBlob.sort()).toEqual(['connect-src', 'img-src']);
  });
});
