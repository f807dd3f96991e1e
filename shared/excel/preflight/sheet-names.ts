import { SaxesParser } from 'saxes';

/**
 * ExcelJS's own test for a worksheet part (unanchored, as it matches it): whatever it would parse as a sheet is
 * pre-flighted, whatever the rest of the name.
 */
export const WORKSHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;
export const WORKBOOK_PART = 'xl/workbook.xml';
export const WORKBOOK_RELS_PART = 'xl/_rels/workbook.xml.rels';

function elements(xml: string, wanted: string, visit: (attributes: Record<string, string>) => void): void {
  const parser = new SaxesParser<{ xmlns: false }>({ xmlns: false });
  parser.on('opentag', (tag) => {
    if (tag.name === wanted || tag.name.endsWith(`:${wanted}`)) visit(tag.attributes as Record<string, string>);
  });
  try {
    parser.write(xml).close();
  } catch {
    // Only used to name sheets in messages: a broken workbook part is reported by ExcelJS's own reading.
  }
}

/** Sheet names by worksheet part ("xl/worksheets/sheet2.xml" -> "1 Leadership"), for messages. */
export function sheetNamesByPart(workbookXml: string, relsXml: string): Map<string, string> {
  const targets = new Map<string, string>();
  elements(relsXml, 'Relationship', (a) => {
    if (a.Id && a.Target) targets.set(a.Id, a.Target.replace(/^\/+/, '').replace(/^(?!xl\/)/, 'xl/'));
  });
  const names = new Map<string, string>();
  elements(workbookXml, 'sheet', (a) => {
    const id = a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1];
    const target = id ? targets.get(id) : undefined;
    if (target && a.name) names.set(target, a.name);
  });
  return names;
}
