import type { Command } from '../command.ts';
import { collectCommand } from './collect.ts';
import { compareCommand } from './compare.ts';
import { exportCommand } from './export.ts';
import { importCommand } from './import.ts';
import { reportCommand } from './report.ts';
import { responsesCommand } from './responses.ts';
import { template } from './template.ts';
import { validate } from './validate.ts';

/** The dispatch table: one line per command, in the order --help lists them. */
export const commands: readonly Command[] = [
  template,
  importCommand,
  exportCommand,
  validate,
  compareCommand,
  reportCommand,
  responsesCommand,
  collectCommand,
];
