/** The fields of the bank-account form with their length limits: what the form in the browser needs, without the rules (account-change.ts). */

export const ACCOUNT_FIELDS = {
  kind: { max: 10 },
  accountNumber: { max: 20 },
  country: { max: 2 },
  iban: { max: 42 },
  foreignNumber: { max: 40 },
  bic: { max: 14 },
  bankName: { max: 80 },
  currency: { max: 3 },
} as const;
export type AccountField = keyof typeof ACCOUNT_FIELDS;
