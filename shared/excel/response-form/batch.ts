import { zipSync } from 'fflate';
import type { ReviewBundle } from '../../files/bundle.ts';
import { safeFileName } from '../../files/file-name.ts';
import { exportResponseForm } from './write.ts';

/** One form to send: to a named recipient, or an anonymous copy (name and organisation blank). */
export interface FormToSend {
  formId: string;
  name: string;
  organisation: string;
}

export interface WrittenForm {
  fileName: string;
  bytes: Uint8Array;
}

/**
 * The file name of each form: "Response form – Amir Khan (County Council).xlsx", or "Response form 3.xlsx" for an
 * anonymous copy; names that would clash (case ignored, as on Windows and macOS) are numbered, so no form overwrites
 * another in a folder or a zip.
 */
export function responseFormNames(forms: readonly Pick<FormToSend, 'name' | 'organisation'>[]): string[] {
  const taken = new Set<string>();
  return forms.map((form, i) => {
    const who = [form.name.trim(), form.organisation.trim() && `(${form.organisation.trim()})`].filter(Boolean).join(' ');
    const stem = who ? `Response form – ${who}` : `Response form ${i + 1}`;
    let name = safeFileName(stem, 'xlsx');
    for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = safeFileName(`${stem} ${n}`, 'xlsx');
    taken.add(name.toLowerCase());
    return name;
  });
}

/** Every form, written one after another (each is a whole workbook; in parallel they would only compete for memory). */
export async function exportResponseForms(bundle: ReviewBundle, forms: readonly FormToSend[], today: string): Promise<WrittenForm[]> {
  const names = responseFormNames(forms);
  const out: WrittenForm[] = [];
  for (const [i, form] of forms.entries()) {
    const recipient = form.name.trim() || form.organisation.trim() ? { name: form.name, organisation: form.organisation } : null;
    out.push({ fileName: names[i]!, bytes: await exportResponseForm(bundle, recipient, form.formId, today) });
  }
  return out;
}

/** The forms as one zip, for the browser's single download. Stored, not deflated again: an .xlsx is already a zip. */
export function zipForms(forms: readonly WrittenForm[]): Uint8Array {
  return zipSync(Object.fromEntries(forms.map((f) => [f.fileName, [f.bytes, { level: 0 }]])));
}
