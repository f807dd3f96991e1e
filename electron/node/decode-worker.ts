// The entry of the worker thread that parses untrusted files for the desktop main process and the command line
// (bundled as dist-electron/decode-worker.cjs). It runs the shared decoders and nothing else.
import { decoders } from '@shared/bridge/decoders.ts';
import { serveDecoders } from './decode-serve.ts';

serveDecoders(decoders);
