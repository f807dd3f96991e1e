import ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync } from 'fflate';

/**
 * A partner filling in a response form in Excel, done by a test with ExcelJS. Everything is found as a person sees
 * it — the "Your name" label on the Introduction, a benchmark's number in column A and the rating columns headed by
 * the level labels — never through the app's own layout constants, so what a test expects is what it wrote.
 */
export const LEVEL_LABELS = [
  'NO - action is needed',
  'NO - but action is in hand',
  'YES - but needs improving',
  'YES - working well',
] as const;

export interface Filling {
  name?: string;
  organisation?: string;
  role?: string;
  /** Benchmark number ("2.3") → index into LEVEL_LABELS. */
  ratings: Record<string, number>;
}

const text = (value: ExcelJS.CellValue): string => {
  if (value && typeof value === 'object' && 'richText' in value) return value.richText.map((t) => t.text).join('');
  return String(value ?? '').trim();
};

export async function fillResponseForm(bytes: Uint8Array, filling: Filling): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const intro = workbook.getWorksheet('Introduction');
  if (!intro) throw new Error('the response form has no Introduction sheet');
  const who = { 'Your name': filling.name, 'Your organisation': filling.organisation, 'Your role': filling.role };
  let asked = 0;
  intro.eachRow((row) => {
    const label = text(row.getCell(1).value) as keyof typeof who;
    if (!(label in who)) return;
    asked += 1;
    if (who[label] !== undefined) row.getCell(2).value = who[label];
  });
  if (asked !== 3) throw new Error(`the Introduction asks for ${asked} of name, organisation and role`);

  const rated = new Set<string>();
  workbook.eachSheet((sheet) => {
    let columns: number[] | null = null;
    sheet.eachRow((row, r) => {
      if (!columns) {
        const found = LEVEL_LABELS.map((label) => {
          let at = -1;
          row.eachCell((cell, c) => {
            if (text(cell.value) === label) at = c;
          });
          return at;
        });
        if (found.every((c) => c > 0)) columns = found;
        return;
      }
      const number = text(row.getCell(1).value);
      const level = filling.ratings[number];
      if (level === undefined) return;
      sheet.getCell(r, columns[level]!).value = 'x';
      rated.add(number);
    });
  });
  const missing = Object.keys(filling.ratings).filter((n) => !rated.has(n));
  if (missing.length) throw new Error(`no rating row found for ${missing.join(', ')}`);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The files of a downloaded zip of response forms, by name. */
export function unzipForms(zip: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(zip)).filter(([name]) => name.toLowerCase().endsWith('.xlsx')));
}

/** A few kilobytes that unpack to far more than any workbook: every part inside a valid zip of a workbook's shape. */
export function zipBomb(): Buffer {
  const zeros = new Uint8Array(70 * 1024 * 1024);
  return Buffer.from(
    zipSync(
      {
        '[Content_Types].xml': strToU8(
          '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        ),
        'xl/workbook.xml': strToU8('<workbook/>'),
        'xl/worksheets/sheet1.xml': zeros,
      },
      { level: 1 },
    ),
  );
}

/**
 * A filled response form with a sheet of `rows` respondents added — a whole survey export pasted in, a comment from
 * every respondent on every benchmark — as someone might send back instead of one person's form.
 */
export async function withManyRespondents(bytes: Uint8Array, rows: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.addWorksheet('Respondents');
  const benchmarks = Array.from({ length: 21 }, (_, i) => `Benchmark ${i + 1} comment`);
  sheet.addRow(['Name', 'Organisation', ...benchmarks]);
  for (let i = 1; i <= rows; i += 1)
    sheet.addRow([
      `Respondent ${i}`,
      `Organisation ${i % 40}`,
      ...benchmarks.map((_, b) => `Respondent ${i} on benchmark ${b + 1}: agree`),
    ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * A filled response form with a plain sheet of `rows` people added, a name and a rating each: small enough to pass
 * every byte limit (10,000 rows is well under a megabyte), so only the pre-flight's row count refuses it.
 */
export async function withPlainRows(bytes: Uint8Array, rows: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.addWorksheet('People');
  for (let i = 1; i <= rows; i += 1) sheet.addRow([`Person ${i}`, (i % 4) + 1]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
