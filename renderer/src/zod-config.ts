import * as z from 'zod/mini';

// Imported first by main.ts, before any schema is built: zod decides at construction whether to compile parsers
// with `new Function`, and the desktop app's Content-Security-Policy forbids eval, so probing it would log a
// CSP violation on every start. The interpreted parsers are fast enough for a form of 21 benchmarks.
z.config({ jitless: true });
