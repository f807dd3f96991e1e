import { describe, expect, it } from 'vitest';
import { currentInstrument } from '@shared/instrument/catalogue.ts';
import { CURRENT_FORM_MASTHEAD } from '@shared/instrument/masthead.ts';

describe("the header's name of the form", () => {
  it('is the current instrument’s publisher and name', () => {
    expect(CURRENT_FORM_MASTHEAD).toEqual({ publisher: currentInstrument.publisher, name: currentInstrument.name });
  });
});
