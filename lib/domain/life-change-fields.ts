/** The changes in life a person can report, what each form asks and its fields: what the forms in the browser need, without the rules (life-changes.ts). */

export const CHANGE_KINDS = [
  "MARRIAGE",
  "COHABITATION",
  "SEPARATION",
  "SPOUSE_DEATH",
  "MOVE_ABROAD",
  "MOVE_TO_NORWAY",
  "STAY_ABROAD",
  "CARE_HOME",
  "HOSPITAL",
  "PSYCHIATRIC",
  "PRISON",
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** What each form asks besides the date. */
export const ASKS: Record<
  ChangeKind,
  ReadonlyArray<"otherName" | "country" | "institution" | "previouslyMarried" | "childrenTogether" | "providesForChildren" | "providesForSpouse" | "atHome">
> = {
  MARRIAGE: ["otherName"],
  COHABITATION: ["otherName", "previouslyMarried", "childrenTogether"],
  SEPARATION: ["otherName"],
  SPOUSE_DEATH: ["otherName"],
  MOVE_ABROAD: ["country"],
  MOVE_TO_NORWAY: [],
  STAY_ABROAD: ["country"],
  CARE_HOME: ["institution"],
  HOSPITAL: ["institution"],
  PSYCHIATRIC: ["institution", "providesForSpouse", "providesForChildren"],
  PRISON: ["atHome", "providesForChildren", "providesForSpouse"],
};

export const CHANGE_FIELDS = {
  kind: { max: 20 },
  fromDate: { max: 20 },
  otherName: { max: 100 },
  country: { max: 2 },
  institution: { max: 100 },
  previouslyMarried: { max: 3 },
  childrenTogether: { max: 3 },
  providesForChildren: { max: 3 },
  providesForSpouse: { max: 3 },
  atHome: { max: 3 },
} as const;
export type ChangeField = keyof typeof CHANGE_FIELDS;
