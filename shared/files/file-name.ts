import filenamify from 'filenamify/browser';

/**
 * The one sanitiser for every file name the app suggests, in both shells and the command line. filenamify replaces
 * what Windows, macOS or Linux refuse (path separators, `<>:"|?*`, control characters, trailing dots) and renames
 * Windows' reserved device names (CON, NUL, COM1, … even with an extension), which a hand-written pattern missed.
 */

/**
 * Well under the 255 bytes that ext4 and APFS allow (and NTFS's 255 UTF-16 units, which are never more than UTF-8
 * bytes), leaving room in Windows' 260-character paths for the folder it is saved in.
 */
export const MAX_FILE_NAME_BYTES = 180;

/** What an empty or all-forbidden name becomes. */
const UNTITLED = 'Untitled';

/** A safe file name: `stem` cleaned, cut to fit whole characters, then `.extension` (given without a dot). */
export function safeFileName(stem: string, extension: string): string {
  const suffix = `.${extension}`;
  // Runs of whitespace (tabs, new lines from a pasted title) become one space; leading dots would hide the file.
  const tidy = stem
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '');
  // Trailing dots and spaces go too: "Review ." would otherwise become "Review ..xlsx".
  const cut = cutToBytes(tidy, MAX_FILE_NAME_BYTES - utf8Length(suffix)).replace(/[. ]+$/, '');
  return filenamify(`${cut || UNTITLED}${suffix}`, { replacement: '-', maxLength: MAX_FILE_NAME_BYTES });
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** The longest prefix of whole code points within `budget` UTF-8 bytes. */
function cutToBytes(text: string, budget: number): string {
  if (utf8Length(text) <= budget) return text;
  let out = '';
  let used = 0;
  for (const char of text) {
    const size = utf8Length(char);
    if (used + size > budget) break;
    out += char;
    used += size;
  }
  return out.trimEnd();
}
