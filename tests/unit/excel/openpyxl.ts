import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** Debian's Python, which has python3-openpyxl; a pyenv `python3` earlier on the PATH may not. */
const PYTHON = '/usr/bin/python3';
const SCRIPT = path.join(__dirname, 'inspect-workbook.py');

/** The reason openpyxl tests cannot run here, or null when they can. */
export function openpyxlMissing(): string | null {
  const probe = spawnSync(PYTHON, ['-c', 'import openpyxl'], { encoding: 'utf8' });
  return probe.status === 0 ? null : `openpyxl is not installed for ${PYTHON} (apt-get install python3-openpyxl)`;
}

export interface CellFacts {
  type: string;
  isDate: boolean;
  format: string;
  locked: boolean;
  value: unknown;
}
export interface SheetFacts {
  state: string;
  orientation: string;
  paperSize: number;
  scale: number | null;
  fitToPage: boolean;
  header: [string | null, string | null, string | null];
  footer: [string | null, string | null, string | null];
  protected: boolean;
  password: string | null;
  validations: { sqref: string; type: string; formula1: string }[];
  rowHeights: Record<string, number>;
  maxRow: number;
  cells: Record<string, CellFacts>;
}
export interface WorkbookFacts {
  sheets: string[];
  lockStructure: boolean;
  bySheet: Record<string, SheetFacts>;
}

/** What openpyxl reads from a workbook file. */
export function inspectWorkbook(file: string): WorkbookFacts {
  const run = spawnSync(PYTHON, [SCRIPT, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`openpyxl could not read ${file}: ${run.stderr}`);
  return JSON.parse(run.stdout) as WorkbookFacts;
}
