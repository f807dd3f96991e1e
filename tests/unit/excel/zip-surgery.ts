/**
 * Byte-level edits of a packed zip for the container tests: where the end record and each central-directory record
 * sit, found by walking the directory independently of the code under test.
 */
export interface ZipLayout {
  end: number;
  dirStart: number;
  /** Offsets of the central records, and the local header each points at. */
  records: Array<{ at: number; local: number; name: string }>;
}

export function layoutOf(zip: Uint8Array): ZipLayout {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end -= 1;
  const dirStart = view.getUint32(end + 16, true);
  const records: ZipLayout['records'] = [];
  for (
    let at = dirStart;
    at < end;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
  ) {
    const nameLength = view.getUint16(at + 28, true);
    records.push({ at, local: view.getUint32(at + 42, true), name: new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)) });
  }
  return { end, dirStart, records };
}

export function viewOf(zip: Uint8Array): DataView {
  return new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
}
