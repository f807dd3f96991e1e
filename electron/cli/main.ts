import { parseArgs } from 'node:util';
import { systemClock } from '@shared/clock.ts';
import { messageOf } from '@shared/message.ts';
import { containedDecoder } from '../node/contain.ts';
import { EXIT, type Command, type Io } from './command.ts';
import { commands } from './commands/index.ts';

const PROGRAM = 'partnership-review';

/** The real streams and clock; untrusted files are parsed in the worker bundled as `decodeWorkerFile`. */
export function nodeIo(decodeWorkerFile: string): Io {
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    now: systemClock.now,
    decode: containedDecoder({ worker: { file: decodeWorkerFile } }),
  };
}

export function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    `Usage: ${PROGRAM} <command> [options]`,
    '',
    'Partnership Review from the command line: the same workbook and file code as the app, with no window.',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    `Run "${PROGRAM} <command> --help" for a command's options.`,
    'Exit status: 0 done, 1 the file is invalid or could not be read or written, 2 the command line was wrong.',
  ].join('\n');
}

export function commandHelp(c: Command): string {
  return [
    `Usage: ${PROGRAM} ${c.synopsis}`,
    '',
    `${c.summary[0]!.toUpperCase()}${c.summary.slice(1)}.`,
    '',
    c.details,
    '',
    'Options:',
    ...c.optionHelp.map((h) => `  ${h}`),
    '  -h, --help           show this help',
  ].join('\n');
}

function usageError(io: Io, message: string, c?: Command): number {
  io.err(`${PROGRAM}: ${message}`);
  io.err(c ? `Usage: ${PROGRAM} ${c.synopsis}  (see "${PROGRAM} ${c.name} --help")` : `Run "${PROGRAM} --help" for the commands.`);
  return EXIT.usage;
}

/** Runs one command line and returns the exit status; never throws for anything a user can cause. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) return usageError(io, 'no command given');
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(overview());
    return EXIT.ok;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) return usageError(io, `unknown command "${name}"`);
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    return usageError(io, messageOf(e), command);
  }
  if (parsed.values.help) {
    io.out(commandHelp(command));
    return EXIT.ok;
  }
  const { min, max } = command.positionals;
  if (parsed.positionals.length < min) return usageError(io, `${command.name} needs ${min === 1 ? 'a file' : `${min} files`}`, command);
  if (parsed.positionals.length > max) return usageError(io, `unexpected argument "${parsed.positionals[max]}"`, command);
  const values = parsed.values as Record<string, string | boolean | undefined>;
  for (const option of command.required ?? []) {
    const value = values[option];
    if (typeof value !== 'string' || value === '')
      return usageError(io, `${command.name} needs --${option} (-${String(command.options[option]?.short ?? option)})`, command);
  }
  try {
    return await command.run({ positionals: parsed.positionals, values }, io);
  } catch (e) {
    io.err(`${PROGRAM} ${command.name}: failed: ${messageOf(e)}`);
    return EXIT.failed;
  }
}

/** The bundle's entry (dist-electron/cli.cjs): run by electron/cli/partnership-review.mjs with the worker beside it. */
export function runCli(argv: string[], decodeWorkerFile: string): Promise<number> {
  return main(argv, nodeIo(decodeWorkerFile));
}
