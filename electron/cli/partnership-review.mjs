#!/usr/bin/env node
// The `partnership-review` command. Node 20 cannot run TypeScript by itself, so this launcher registers tsx (a
// runtime dependency) and hands over to the TypeScript entry, which runs the same shared/ code as the app.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
