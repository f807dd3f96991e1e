import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from './csp.ts';
import { APP_HOST, APP_SCHEME } from './origin.ts';

/*
 * Serving the built renderer for app:// requests. Free of Electron imports so that it can also be driven over HTTP
 * in real Chromium (tests/electron/csp.spec.ts) where Electron itself cannot run.
 */

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function mimeTypeOf(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

function refuse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/** Resolves a request path inside root, or null when it would escape it (../, encoded slashes, NUL, other drives). */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded.replace(/^\/+/, '') || 'index.html';
  const target = path.resolve(root, relative);
  const fromRoot = path.relative(root, target);
  if (fromRoot === '' || fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) return null;
  return target;
}

/** A symlink inside dist/renderer must not lead outside it either. */
async function staysInside(root: string, target: string): Promise<boolean> {
  const [realRoot, realTarget] = await Promise.all([realpath(root), realpath(target)]);
  const fromRoot = path.relative(realRoot, realTarget);
  return fromRoot !== '' && !fromRoot.startsWith('..') && !path.isAbsolute(fromRoot);
}

/** Serves the built renderer; everything it answers carries the CSP, errors included. */
export function createAppRequestHandler(root: string): (request: Request) => Promise<Response> {
  const resolvedRoot = path.resolve(root);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, 'Method not allowed');
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return refuse(400, 'Bad request');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return refuse(404, 'Not found');
    const target = resolveInside(resolvedRoot, url.pathname);
    if (!target) return refuse(403, 'Forbidden');
    try {
      if (!(await staysInside(resolvedRoot, target))) return refuse(403, 'Forbidden');
      const body = await readFile(target);
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: { ...SECURITY_HEADERS, 'Content-Type': mimeTypeOf(target), 'Content-Length': String(body.byteLength) },
      });
    } catch {
      return refuse(404, 'Not found');
    }
  };
}
