/** The scopes a power can hold and the fields of the forms that give and revoke one: what the forms in the browser need, without the rules (representation.ts). */

export const SCOPES = ["READ_PAYMENTS", "CHANGE_VOLUNTARY_TAX", "APPLY_DRAW_GRADE", "CHANGE_BANK_ACCOUNT", "MESSAGES", "CASES_LETTERS"] as const;
export type Scope = (typeof SCOPES)[number];

/** The fields of the form that gives a power: who, until when, and one checkbox per scope. */
export const POWER_FIELDS = {
  attorneyFnr: { max: 20 },
  attorneyName: { max: 100 },
  validTo: { max: 20 },
  ...(Object.fromEntries(SCOPES.map((s) => [`scope_${s}`, { max: 30 }])) as Record<`scope_${Scope}`, { max: number }>),
} as const;
export type PowerField = keyof typeof POWER_FIELDS;

/** The fields of the form that revokes a power. */
export const REVOKE_FIELDS = { power: { max: 40 } } as const;
export type RevokeField = keyof typeof REVOKE_FIELDS;
