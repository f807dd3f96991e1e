/** Sheet names of the portfolio workbook; tests read them from here. */
export const PORTFOLIO_SHEETS = {
  portfolio: 'Portfolio',
  actions: 'Action register',
} as const;
