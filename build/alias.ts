import { fileURLToPath } from 'node:url';

/** The @shared/ import alias for Vite and Vitest; tsconfig.json's "paths" says the same for tsc, esbuild and tsx. */
export const sharedAlias = { '@shared': fileURLToPath(new URL('../shared', import.meta.url)) };
