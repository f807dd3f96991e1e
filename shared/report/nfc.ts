/**
 * Every string of a document definition in Unicode's composed form (NFC). Text typed or pasted on some systems arrives
 * decomposed ("e" + U+0301 for "é"); the report's font keeps no accent-positioning tables (build/subset-fonts.sh), so
 * the composed letter, one glyph drawn as designed, is what must reach the PDF. Arrays and plain objects are copied;
 * anything else (numbers, the footer function) is kept as it is.
 */
export function composed<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map(composed) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, composed(v)])) as T;
  }
  return value;
}
