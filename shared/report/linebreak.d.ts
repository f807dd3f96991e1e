/** The Unicode line breaking algorithm (UAX #14) as the `linebreak` package exposes it; it ships no types. */
declare module 'linebreak' {
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): { position: number; required: boolean } | null;
  }
}
