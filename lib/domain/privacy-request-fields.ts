/** The rights a person can ask for, about which data, and the form's fields: what the form in the browser needs, without the rules (privacy-request.ts). */

export const RIGHTS = ["RECTIFICATION", "ERASURE", "RESTRICTION", "OBJECTION"] as const;
export const DATA_ITEMS = ["PERSON", "CONTACT", "ADDRESS", "BANK_ACCOUNT", "PENSION", "PAYMENTS", "CASES", "INSTITUTION", "CONSENTS", "POWERS"] as const;

/** The fields of the rights-request form, with their length limits. */
export const RIGHTS_FIELDS = { right: { max: 20 }, item: { max: 20 }, reason: { max: 2000, multiline: true } } as const;
export type RightsField = keyof typeof RIGHTS_FIELDS;
