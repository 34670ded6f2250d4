import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ASKS, CHANGE_KINDS, CHANGE_SLUGS, changeForm, kindOfSlug, toldOnce, usualEffects, type ReportedChange } from "./life-changes";
import { addMonths, monthOf } from "./calendar";
import { dayOf } from "./calendar";

const TODAY = "2026-11-25";
const ctx = { today: TODAY, afp: false };
const codes = (c: ReportedChange, over: Partial<typeof ctx> = {}) =>
  usualEffects(c, { ...ctx, ...over }).map((e) => (e.month ? `${e.code}@${e.month}` : e.code));

describe("what usually happens", () => {
  it("psychiatric institution: reduced to 14 % from the fourth month after admission, unless providing for someone", () => {
    const admitted = { kind: "PSYCHIATRIC" as const, fromDate: "2026-03-10", institution: "X", providesForSpouse: false, providesForChildren: false };
    expect(codes(admitted)).toEqual(["reducedInstitution@2026-07", "minimumInstitution", "fullAfterDischarge"]);
    expect(usualEffects(admitted, ctx)[0].percent).toBe(14);
    expect(usualEffects(admitted, ctx)[1].percent).toBe(22.5);
    expect(codes({ ...admitted, providesForSpouse: true })).toEqual(["keptProviding"]);
    expect(codes({ ...admitted, providesForChildren: true })).toEqual(["keptProviding"]);
  });

  it("prison: paid the month of imprisonment and the next, then half with children, stopped otherwise", () => {
    const jailed = { kind: "PRISON" as const, fromDate: "2026-05-31", atHome: false, providesForChildren: false, providesForSpouse: false };
    expect(codes(jailed)).toEqual(["paidTwoMonths@2026-06", "stoppedFrom@2026-07", "backAfterRelease"]);
    expect(codes({ ...jailed, providesForChildren: true })).toEqual(["paidTwoMonths@2026-06", "halfFrom@2026-07", "backAfterRelease"]);
    // Providing only for a spouse does not keep any of it.
    expect(codes({ ...jailed, providesForSpouse: true })).toEqual(["paidTwoMonths@2026-06", "stoppedFrom@2026-07", "backAfterRelease"]);
    expect(codes({ ...jailed, atHome: true })).toEqual(["noChangeAtHome"]);
    expect(codes(jailed, { afp: true })).toEqual(["afpContinues"]);
  });

  it("cohabitants count as spouses at once if once married or with children together, otherwise after 12 months", () => {
    const since = (fromDate: string, extra: Partial<ReportedChange> = {}) =>
      codes({ kind: "COHABITATION", fromDate, otherName: "A", previouslyMarried: false, childrenTogether: false, ...extra });
    expect(since("2026-10-01", { previouslyMarried: true })).toEqual(["cohabitantAsSpouseNow@2026-11", "spouseIncome"]);
    expect(since("2026-10-01", { childrenTogether: true })).toEqual(["cohabitantAsSpouseNow@2026-11", "spouseIncome"]);
    expect(since("2026-10-01")).toEqual(["cohabitantAsSpouseLater@2027-10"]);
    expect(since("2025-11-01")).toEqual(["cohabitantAsSpouseNow@2026-12", "spouseIncome"]);
    expect(since("2025-12-01")).toEqual(["cohabitantAsSpouseLater@2026-12"]);
  });

  it("care home: as single from the month after, with the municipality's deduction; a somatic hospital changes nothing", () => {
    expect(codes({ kind: "CARE_HOME", fromDate: "2026-09-15", institution: "Y" })).toEqual(["asSingleCareHome@2026-10", "municipalityDeduction"]);
    expect(codes({ kind: "HOSPITAL", fromDate: "2026-09-15", institution: "Y" })).toEqual(["noChangeHospital"]);
  });

  it("gives every kind at least one effect, and months never before the change", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CHANGE_KINDS),
        fc.date({ min: new Date("2023-01-01"), max: new Date("2027-11-30"), noInvalidDate: true }),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (kind, d, a, b, c, afp) => {
          const fromDate = dayOf(d);
          const effects = usualEffects(
            { kind, fromDate, previouslyMarried: a, childrenTogether: b, providesForChildren: c, providesForSpouse: a, atHome: b },
            { today: TODAY, afp },
          );
          expect(effects.length).toBeGreaterThan(0);
          for (const e of effects) if (e.month) expect(e.month >= monthOf(fromDate)).toBe(true);
        },
      ),
    );
  });
});

describe("tell once", () => {
  it("says which changes Nav hears from the population register anyway", () => {
    expect(toldOnce("MARRIAGE").fromRegister).toBe(true);
    expect(toldOnce("SPOUSE_DEATH")).toEqual({ informed: ["SURVIVOR", "SUPPLEMENTARY"], fromRegister: true });
    expect(toldOnce("COHABITATION").fromRegister).toBe(false);
    expect(toldOnce("PRISON").fromRegister).toBe(false);
  });
});

describe("the change form", () => {
  const form = changeForm(TODAY);
  const blank = {
    fromDate: "",
    otherName: "",
    country: "",
    institution: "",
    previouslyMarried: "",
    childrenTogether: "",
    providesForChildren: "",
    providesForSpouse: "",
    atHome: "",
  };
  const errors = (v: Record<string, string>) => {
    const r = form.safeParse({ ...blank, ...v });
    return r.success ? [] : r.error.issues.map((i) => `${String(i.path[0])}:${i.message}`);
  };

  it("asks each kind for what it needs, and nothing else", () => {
    expect(errors({ kind: "PRISON" })).toEqual([
      "fromDate:dateRequired",
      "providesForChildren:answerRequired",
      "providesForSpouse:answerRequired",
      "atHome:answerRequired",
    ]);
    expect(errors({ kind: "MOVE_TO_NORWAY", fromDate: "1.12.2026" })).toEqual([]);
    expect(errors({ kind: "MOVE_ABROAD", fromDate: "1.12.2026", country: "NO" })).toEqual(["country:countryNorway"]);
    for (const kind of CHANGE_KINDS) expect(errors({ kind, fromDate: "x" })).toContain("fromDate:dateFormat");
  });

  it("keeps only the answers the kind asks for", () => {
    const r = form.parse({ ...blank, kind: "MARRIAGE", fromDate: "20.06.2026", otherName: " Kari Nordmann ", atHome: "ja" });
    expect(r).toEqual({ kind: "MARRIAGE", fromDate: "2026-06-20", otherName: "Kari Nordmann" });
  });

  it("takes dates from three years back to a year ahead", () => {
    expect(errors({ kind: "MOVE_TO_NORWAY", fromDate: "1.1.2023" })).toEqual(["fromDate:dateTooOld"]);
    expect(errors({ kind: "MOVE_TO_NORWAY", fromDate: "1.12.2027" })).toEqual(["fromDate:dateTooFar"]);
    expect(errors({ kind: "MOVE_TO_NORWAY", fromDate: `1.${Number(addMonths("2026-11", 12).slice(5))}.2027` })).toEqual([]);
  });

  it("has one address per kind, and reads it back", () => {
    expect(new Set(Object.values(CHANGE_SLUGS)).size).toBe(CHANGE_KINDS.length);
    for (const k of CHANGE_KINDS) expect(kindOfSlug(CHANGE_SLUGS[k])).toBe(k);
    expect(kindOfSlug("noe-annet")).toBeNull();
    for (const k of CHANGE_KINDS) expect(Array.isArray(ASKS[k])).toBe(true);
  });
});
