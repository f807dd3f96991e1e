/**
 * Who publishes the current form and what it is called, for the app's header. Kept apart from the catalogue so that
 * the start-up code does not carry the whole form (its JSON is loaded on first use); a unit test checks these against
 * the current instrument, so the header cannot drift from the form when a new version ships.
 */
export const CURRENT_FORM_MASTHEAD = {
  publisher: 'Smarter Partnerships',
  name: 'Digging Deeper – Finding Answers',
} as const;
