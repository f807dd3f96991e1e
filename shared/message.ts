/**
 * The one way to turn anything thrown into words for a person or a log line. Errors keep their message; anything
 * else (a string, a number, a DOMException-like object) is stringified rather than lost.
 */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (error && typeof error === 'object' && 'message' in error && typeof (error as { message: unknown }).message === 'string') {
    return (error as { message: string }).message;
  }
  return String(error);
}
