import { z } from "zod";
import { addMonths, monthOf, type IsoDate, type YearMonth } from "./calendar";
import { parseTypedDate } from "./representation";
import { CHANGE_KINDS, ASKS, type ChangeKind, type ChangeField } from "./life-change-fields";
export { CHANGE_KINDS, ASKS, CHANGE_FIELDS, type ChangeKind, type ChangeField } from "./life-change-fields";

/*
 * Changes in life that change a pension, as Nav describes them: what the
 * person reports, and what usually happens then. These are rules of thumb to
 * show before sending ("what usually happens"), never a decision. The kinds
 * and the forms' fields are in life-change-fields.ts, for the browser.
 */

/** The address of each form (plain words, nothing about the person). */
export const CHANGE_SLUGS: Record<ChangeKind, string> = {
  MARRIAGE: "ekteskap",
  COHABITATION: "samboer",
  SEPARATION: "samlivsbrudd",
  SPOUSE_DEATH: "dodsfall",
  MOVE_ABROAD: "flytting-utland",
  MOVE_TO_NORWAY: "flytting-norge",
  STAY_ABROAD: "opphold-utland",
  CARE_HOME: "sykehjem",
  HOSPITAL: "sykehus",
  PSYCHIATRIC: "psykiatri",
  PRISON: "fengsel",
};
export const kindOfSlug = (slug: string): ChangeKind | null => CHANGE_KINDS.find((k) => CHANGE_SLUGS[k] === slug) ?? null;

export type ReportedChange = {
  kind: ChangeKind;
  fromDate: IsoDate;
  otherName?: string;
  country?: string;
  institution?: string;
  previouslyMarried?: boolean;
  childrenTogether?: boolean;
  providesForChildren?: boolean;
  providesForSpouse?: boolean;
  atHome?: boolean;
};

/** How far back a change can be reported here (older ones are for a caseworker), and ahead. */
const MONTHS_BACK = 36;
const MONTHS_AHEAD = 12;

const yesNo = (v: string | undefined) => (v === "ja" ? true : v === "nei" ? false : undefined);

/** The form for one kind of change, checked against today. Error messages are codes; each field gets one. */
export function changeForm(today: IsoDate) {
  return z
    .object({
      kind: z.enum(CHANGE_KINDS, { message: "kindUnknown" }),
      fromDate: z.string(),
      otherName: z.string().trim(),
      country: z.string(),
      institution: z.string().trim(),
      previouslyMarried: z.string(),
      childrenTogether: z.string(),
      providesForChildren: z.string(),
      providesForSpouse: z.string(),
      atHome: z.string(),
    })
    .transform((v, ctx): ReportedChange => {
      const issue = (path: ChangeField, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
      const date = parseTypedDate(v.fromDate);
      if (!v.fromDate.trim()) issue("fromDate", "dateRequired");
      else if (!date) issue("fromDate", "dateFormat");
      else if (monthOf(date) < addMonths(monthOf(today), -MONTHS_BACK)) issue("fromDate", "dateTooOld");
      else if (monthOf(date) > addMonths(monthOf(today), MONTHS_AHEAD)) issue("fromDate", "dateTooFar");
      const asks = ASKS[v.kind];
      if (asks.includes("otherName") && !v.otherName) issue("otherName", "otherNameRequired");
      if (asks.includes("country") && !/^[A-Z]{2}$/.test(v.country)) issue("country", "countryRequired");
      if (asks.includes("country") && v.country === "NO") issue("country", "countryNorway");
      if (asks.includes("institution") && !v.institution) issue("institution", "institutionRequired");
      for (const q of ["previouslyMarried", "childrenTogether", "providesForChildren", "providesForSpouse", "atHome"] as const) {
        if (asks.includes(q) && yesNo(v[q]) === undefined) issue(q, "answerRequired");
      }
      const answer = <K extends ChangeField>(k: K) => (asks.includes(k as never) ? k : null);
      return {
        kind: v.kind,
        fromDate: date ?? "",
        ...(answer("otherName") && { otherName: v.otherName }),
        ...(answer("country") && { country: v.country }),
        ...(answer("institution") && { institution: v.institution }),
        ...(answer("previouslyMarried") && { previouslyMarried: yesNo(v.previouslyMarried) }),
        ...(answer("childrenTogether") && { childrenTogether: yesNo(v.childrenTogether) }),
        ...(answer("providesForChildren") && { providesForChildren: yesNo(v.providesForChildren) }),
        ...(answer("providesForSpouse") && { providesForSpouse: yesNo(v.providesForSpouse) }),
        ...(answer("atHome") && { atHome: yesNo(v.atHome) }),
      };
    });
}

/** One thing that usually follows, as a code the page puts into words, with the figures it needs. */
export type Effect = { code: string; month?: YearMonth; percent?: number };

/** Months cohabiting before cohabitants without a marriage or children together count as spouses. */
const COHABITING_MONTHS = 12;

/**
 * What usually happens after a change, in order. `today` decides whether a
 * cohabitation has already lasted long enough; `afp` is true for a contractual
 * pension (AFP), which prison does not stop.
 */
export function usualEffects(c: ReportedChange, ctx: { today: IsoDate; afp: boolean }): Effect[] {
  const from = monthOf(c.fromDate);
  const next = addMonths(from, 1);
  switch (c.kind) {
    case "MARRIAGE":
      return [{ code: "asMarried", month: next }, { code: "spouseIncome" }];
    case "COHABITATION": {
      if (c.previouslyMarried || c.childrenTogether) return [{ code: "cohabitantAsSpouseNow", month: next }, { code: "spouseIncome" }];
      const counts = addMonths(from, COHABITING_MONTHS);
      return counts <= monthOf(ctx.today)
        ? [{ code: "cohabitantAsSpouseNow", month: addMonths(counts, 1) }, { code: "spouseIncome" }]
        : [{ code: "cohabitantAsSpouseLater", month: counts }];
    }
    case "SEPARATION":
      return [{ code: "asSingle", month: next }];
    case "SPOUSE_DEATH":
      return [{ code: "deceasedPaymentsEnd", month: from }, { code: "survivorRights" }];
    case "MOVE_ABROAD":
      return [{ code: "keptAbroad" }, { code: "lifeCertificate" }, { code: "delayAbroad" }];
    case "MOVE_TO_NORWAY":
      return [{ code: "updatedWithAddress" }];
    case "STAY_ABROAD":
      return [{ code: "keptAbroad" }, { code: "checkRightsAbroad" }];
    case "CARE_HOME":
      return [{ code: "asSingleCareHome", month: next }, { code: "municipalityDeduction" }];
    case "HOSPITAL":
      return [{ code: "noChangeHospital" }];
    case "PSYCHIATRIC":
      if (c.providesForSpouse || c.providesForChildren) return [{ code: "keptProviding" }];
      // Reduced from and including the fourth month after the month of admission; full again after discharge.
      return [
        { code: "reducedInstitution", month: addMonths(from, 4), percent: 14 },
        { code: "minimumInstitution", percent: 22.5 },
        { code: "fullAfterDischarge" },
      ];
    case "PRISON":
      if (c.atHome) return [{ code: "noChangeAtHome" }];
      if (ctx.afp) return [{ code: "afpContinues" }];
      // Paid for the month of imprisonment and the next, then reduced or stopped; back the month after release.
      if (c.providesForChildren)
        return [{ code: "paidTwoMonths", month: next }, { code: "halfFrom", month: addMonths(from, 2), percent: 50 }, { code: "backAfterRelease" }];
      return [{ code: "paidTwoMonths", month: next }, { code: "stoppedFrom", month: addMonths(from, 2) }, { code: "backAfterRelease" }];
  }
}

/**
 * "Tell once": which parts of Nav hear about the change without the person
 * telling them again, and whether the population register already tells Nav
 * (then reporting here only lets Nav act sooner).
 */
export function toldOnce(kind: ChangeKind): { informed: string[]; fromRegister: boolean } {
  const fromRegister = ["MARRIAGE", "SEPARATION", "SPOUSE_DEATH", "MOVE_ABROAD", "MOVE_TO_NORWAY"].includes(kind);
  const informed: Record<ChangeKind, string[]> = {
    MARRIAGE: ["SUPPLEMENTARY"],
    COHABITATION: ["SUPPLEMENTARY"],
    SEPARATION: ["SUPPLEMENTARY"],
    SPOUSE_DEATH: ["SURVIVOR", "SUPPLEMENTARY"],
    MOVE_ABROAD: ["MEMBERSHIP", "HEALTH_ABROAD"],
    MOVE_TO_NORWAY: ["MEMBERSHIP"],
    STAY_ABROAD: ["MEMBERSHIP", "HEALTH_ABROAD"],
    CARE_HOME: ["ATTENDANCE"],
    HOSPITAL: [],
    PSYCHIATRIC: ["ATTENDANCE"],
    PRISON: ["ATTENDANCE"],
  };
  return { informed: informed[kind], fromRegister };
}
