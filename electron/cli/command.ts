import type { ParseArgsConfig } from 'node:util';
import type { Decode } from '../node/contain.ts';

/** Exit codes a script can rely on. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/**
 * What a command may touch besides its arguments: output streams, the clock, and the contained parser of untrusted
 * files (a worker thread with a time limit and a memory cap); injectable for tests.
 */
export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  now: () => string;
  decode: Decode;
}

export interface Parsed {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
}

/**
 * One command of the command line. Adding a command is one file exporting one of these plus one line in
 * commands/index.ts; main.ts parses the arguments, answers --help and reports usage errors for every command alike.
 */
export interface Command {
  name: string;
  /** One line for the list of commands. */
  summary: string;
  /** The synopsis, e.g. "import <file.xlsx> -o <review.json>". */
  synopsis: string;
  /** Further help text after the synopsis. */
  details: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** One help line per option, e.g. "-o, --output <file>  where to write". */
  optionHelp: string[];
  positionals: { min: number; max: number };
  /** Options that must be given, by name. */
  required?: string[];
  run: (args: Parsed, io: Io) => Promise<number>;
}

/** The -o and --force options of every command that writes a file. */
export const OUTPUT_OPTION = {
  options: { output: { type: 'string', short: 'o' }, force: { type: 'boolean' } },
  optionHelp: [
    '-o, --output <file>  where to write it (written to a temporary file, then renamed into place);',
    '                     never one of the inputs, a folder, a pipe or a device',
    '    --force          replace a symbolic link at the output (the file it points to is left alone)',
  ],
  required: ['output'],
} satisfies Pick<Command, 'options' | 'optionHelp' | 'required'>;
