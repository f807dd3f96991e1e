import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.ttf': 'font/ttf',
};

/**
 * A plain static server for the built app that a test can really switch off (and whose files it can change), so
 * "works offline" means no server at all — not an emulated network flag that a service worker may bypass.
 */
export class StaticServer {
  readonly #server: Server;
  readonly #sockets = new Set<Socket>();
  /** Bytes served instead of a file's own, by path (e.g. a changed sw.js standing for a new release). */
  readonly overrides = new Map<string, string>();
  requests = 0;

  constructor(private readonly root: string) {
    this.#server = createServer(async (req, res) => {
      this.requests += 1;
      const url = new URL(req.url ?? '/', 'http://localhost');
      const relative = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname).replace(/^\/+/, '');
      const file = path.join(this.root, relative);
      if (!file.startsWith(this.root)) return void res.writeHead(403).end();
      try {
        const body = this.overrides.get(relative) ?? (await readFile(file));
        res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
        res.end(body);
      } catch {
        res.writeHead(404).end();
      }
    });
    this.#server.on('connection', (socket) => {
      this.#sockets.add(socket);
      socket.on('close', () => this.#sockets.delete(socket));
    });
  }

  listen(): Promise<string> {
    return new Promise((resolve) => {
      this.#server.listen(0, '127.0.0.1', () => {
        const address = this.#server.address();
        resolve(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
      });
    });
  }

  /** Stops listening and drops every open connection: from now on nothing answers at this address. */
  close(): Promise<void> {
    for (const socket of this.#sockets) socket.destroy();
    return new Promise((resolve) => this.#server.close(() => resolve()));
  }
}
