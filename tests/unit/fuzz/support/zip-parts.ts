import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/**
 * A workbook opened one level down, as the parts of its zip, so that a mutation costs microseconds instead of an
 * ExcelJS load and save. Parts are strings where they are XML; sheets are found by name through workbook.xml and its
 * relationships, exactly as a spreadsheet program finds them.
 */
export type Parts = Map<string, Uint8Array>;

export function openParts(bytes: Uint8Array): Parts {
  return new Map(Object.entries(unzipSync(bytes)).filter(([name]) => !name.endsWith('/')));
}

export function copyParts(parts: Parts): Parts {
  return new Map(parts);
}

export function text(parts: Parts, name: string): string | undefined {
  const bytes = parts.get(name);
  return bytes ? strFromU8(bytes) : undefined;
}

export function setText(parts: Parts, name: string, value: string): void {
  parts.set(name, strToU8(value));
}

/** level 0 stores parts as they are (fast); a few cases deflate, as Excel does. */
export function packParts(parts: Parts, level: 0 | 1 | 6 = 0): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, bytes] of parts) zippable[name] = [bytes, { level }];
  return zipSync(zippable);
}

export function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Sheet name -> part path, e.g. "2 Trust" -> "xl/worksheets/sheet3.xml". */
export function sheetParts(parts: Parts): Map<string, string> {
  const workbook = text(parts, 'xl/workbook.xml') ?? '';
  const rels = text(parts, 'xl/_rels/workbook.xml.rels') ?? '';
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship [^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g))
    targets.set(m[1]!, `xl/${m[2]!.replace(/^\/?xl\//, '')}`);
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet [^>]*?name="([^"]*)"[^>]*?r:id="([^"]+)"/g)) {
    const target = targets.get(m[2]!);
    if (target) out.set(m[1]!, target);
  }
  return out;
}

export function columnIndex(column: string): number {
  let n = 0;
  for (const c of column) n = n * 26 + (c.charCodeAt(0) - 64);
  return n;
}

/** Replaces (or adds) one cell of a sheet part with the given <c> element body. */
export function putCell(xml: string, address: string, cellXml: string): string {
  const [, column = 'A', rowText = '1'] = /^([A-Z]+)(\d+)$/.exec(address) ?? [];
  const existing = new RegExp(`<c r="${address}"(?:[^>]*?/>|[^>]*?>[\\s\\S]*?</c>)`);
  if (existing.test(xml)) return xml.replace(existing, () => cellXml);
  const rowOpen = new RegExp(`<row r="${rowText}"[^>]*?(/>|>)`);
  const row = rowOpen.exec(xml);
  if (row) {
    if (row[1] === '/>') return xml.replace(rowOpen, (open) => `${open.slice(0, -2)}>${cellXml}</row>`);
    // Cells in a row are kept in column order, as Excel writes them; a reader may depend on it.
    const end = xml.indexOf('</row>', row.index);
    const body = xml.slice(row.index + row[0].length, end);
    const wanted = columnIndex(column);
    let insertAt = body.length;
    for (const c of body.matchAll(/<c r="([A-Z]+)\d+"/g)) {
      if (columnIndex(c[1]!) > wanted) {
        insertAt = c.index;
        break;
      }
    }
    const start = row.index + row[0].length;
    return xml.slice(0, start) + body.slice(0, insertAt) + cellXml + body.slice(insertAt) + xml.slice(end);
  }
  const rowNumber = Number(rowText);
  const rows = [...xml.matchAll(/<row r="(\d+)"/g)];
  const next = rows.find((r) => Number(r[1]) > rowNumber);
  const newRow = `<row r="${rowNumber}">${cellXml}</row>`;
  if (next) return xml.slice(0, next.index) + newRow + xml.slice(next.index);
  if (xml.includes('<sheetData/>')) return xml.replace('<sheetData/>', `<sheetData>${newRow}</sheetData>`);
  return xml.replace('</sheetData>', `${newRow}</sheetData>`);
}
