export type VoluntaryTaxFormState = {
  values: { kind: string; amount: string; percent: string };
  errors: Array<{ field: "kind" | "amount" | "percent"; code: string }>;
  problem?: "conflict" | "failed";
};

export const initialState: VoluntaryTaxFormState = { values: { kind: "", amount: "", percent: "" }, errors: [] };
