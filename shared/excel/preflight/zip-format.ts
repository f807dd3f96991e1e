/**
 * The zip records the pre-flight reads (zip-directory.ts) and writes (stored-zip.ts): each record's signature and
 * the size of its fixed part, before the variable-length name, extra field and comment (APPNOTE 4.3.7, 4.3.12, 4.3.16).
 */
export const LOCAL_SIGNATURE = 0x04034b50;
export const CENTRAL_SIGNATURE = 0x02014b50;
export const END_SIGNATURE = 0x06054b50;
export const LOCAL_SIZE = 30;
export const CENTRAL_SIZE = 46;
export const END_SIZE = 22;
