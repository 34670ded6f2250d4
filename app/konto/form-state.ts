export const ACCOUNT_FIELDS = ["kind", "accountNumber", "country", "iban", "foreignNumber", "bic", "bankName", "currency"] as const;
export type AccountField = (typeof ACCOUNT_FIELDS)[number];

export type AccountFormState = {
  values: Record<AccountField, string>;
  errors: Array<{ field: AccountField; code: string }>;
  problem?: "conflict" | "failed";
};

export const initialAccountState: AccountFormState = {
  values: { kind: "", accountNumber: "", country: "", iban: "", foreignNumber: "", bic: "", bankName: "", currency: "" },
  errors: [],
};
