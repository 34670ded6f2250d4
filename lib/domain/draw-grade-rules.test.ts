import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { gradeOptions, gradeReminders, month67, type GradeSituation } from "./draw-grade-rules";
import { DRAW_GRADES, type DrawGrade } from "./draw-grade";
import { addMonths, monthsBetween } from "./calendar";

const base = (over: Partial<GradeSituation> = {}): GradeSituation => ({
  today: "2026-11-12",
  birthDate: "1957-03-14",
  history: [{ from: "2024-04", grade: 100 }],
  enoughAccrued: true,
  ...over,
});
const option = (s: GradeSituation, grade: DrawGrade) => gradeOptions(s).find((o) => o.grade === grade)!;

describe("draw grade options", () => {
  it("never offers the current grade, and offers every other", () => {
    for (const current of DRAW_GRADES) {
      const grades = gradeOptions(base({ history: [{ from: "2020-01", grade: current }] })).map((o) => o.grade);
      expect(grades).toEqual(DRAW_GRADES.filter((g) => g !== current));
    }
  });

  it("stopping is possible from next month, whatever happened before", () => {
    for (const current of DRAW_GRADES.filter((g) => g !== 0)) {
      const o = option(base({ history: [{ from: "2026-10", grade: current }] }), 0);
      expect(o).toMatchObject({ earliestMonth: "2026-12", availableNow: true, blocker: null });
    }
  });

  it("full pension is possible from next month when enough is accrued, even right after a change", () => {
    const o = option(base({ history: [{ from: "2026-10", grade: 50 }] }), 100);
    expect(o).toMatchObject({ earliestMonth: "2026-12", availableNow: true });
  });

  it("a graded pension needs one year since the last graded change", () => {
    const s = base({
      history: [
        { from: "2024-01", grade: 100 },
        { from: "2026-03", grade: 60 },
      ],
    });
    for (const g of [20, 40, 50, 80] as const) {
      expect(option(s, g)).toMatchObject({ earliestMonth: "2027-03", availableNow: false, blocker: "oneYearBetweenChanges" });
    }
  });

  it("after 100 or 0 percent, one year must pass before a graded pension", () => {
    expect(option(base({ history: [{ from: "2026-06", grade: 100 }] }), 50)).toMatchObject({ earliestMonth: "2027-06", blocker: "oneYearAfterFullOrStop" });
    expect(
      option(
        base({
          history: [
            { from: "2024-01", grade: 100 },
            { from: "2026-02", grade: 0 },
          ],
        }),
        40,
      ),
    ).toMatchObject({
      earliestMonth: "2027-02",
      blocker: "oneYearAfterFullOrStop",
      newApplication: true,
    });
  });

  it("exactly one year later the graded change is available (the boundary month)", () => {
    const s = base({ today: "2026-11-30", history: [{ from: "2025-12", grade: 100 }] });
    expect(option(s, 50)).toMatchObject({ earliestMonth: "2026-12", availableNow: true, blocker: null });
    const dayBefore = base({ today: "2026-10-31", history: [{ from: "2025-12", grade: 100 }] });
    expect(option(dayBefore, 50)).toMatchObject({ earliestMonth: "2026-12", availableNow: false });
  });

  it("restarting after a stop is a new application", () => {
    const s = base({
      history: [
        { from: "2023-01", grade: 100 },
        { from: "2025-10", grade: 0 },
      ],
    });
    expect(option(s, 100)).toMatchObject({ newApplication: true, availableNow: true });
  });

  it("without enough accrued pension, only full pension waits for 67; lower grades are never refused for it", () => {
    const young = base({ birthDate: "1962-06-02", enoughAccrued: false, history: [{ from: "2024-07", grade: 50 }] });
    expect(month67("1962-06-02")).toBe("2029-07");
    expect(option(young, 100)).toMatchObject({ earliestMonth: "2029-07", blocker: "notEnoughAccruedBefore67" });
    expect(option(young, 80)).toMatchObject({ availableNow: true, blocker: null });
    expect(option(young, 20)).toMatchObject({ availableNow: true, blocker: null });
    expect(option(young, 0)).toMatchObject({ availableNow: true });
    const old = base({ birthDate: "1950-01-01", enoughAccrued: false });
    expect(option(old, 50).blocker).not.toBe("notEnoughAccruedBefore67");
  });

  it("handles a birthday on 29 February", () => {
    expect(month67("1960-02-29")).toBe("2027-03");
    const s = base({ birthDate: "1960-02-29", today: "2026-02-28", enoughAccrued: false, history: [{ from: "2024-02", grade: 50 }] });
    expect(option(s, 100)).toMatchObject({ earliestMonth: "2027-03", blocker: "notEnoughAccruedBefore67" });
  });

  it("never offers a month before next month, and availability matches it (property)", () => {
    const grade = fc.constantFrom(...DRAW_GRADES);
    const month = fc.integer({ min: 0, max: 200 }).map((n) => addMonths("2012-01", n));
    fc.assert(
      fc.property(grade, month, fc.integer({ min: 1, max: 60 }), fc.boolean(), (g, from, ahead, accrued) => {
        const today = `${addMonths(from, ahead)}-15`;
        const s = base({ today, history: [{ from, grade: g }], enoughAccrued: accrued });
        for (const o of gradeOptions(s)) {
          const next = addMonths(today.slice(0, 7), 1);
          expect(o.earliestMonth >= next).toBe(true);
          expect(o.availableNow).toBe(o.earliestMonth === next);
          if (o.grade !== 0 && o.grade !== 100) expect(monthsBetween(from, o.earliestMonth)).toBeGreaterThanOrEqual(12);
          if (o.grade !== 100) expect(o.blocker).not.toBe("notEnoughAccruedBefore67");
        }
      }),
    );
  });
});

describe("reminders", () => {
  it("below 100 percent: apply by the month before, and a note when turning 67 within a year", () => {
    expect(gradeReminders(base())).toEqual([]);
    expect(gradeReminders(base({ birthDate: "1962-06-02", history: [{ from: "2025-08", grade: 50 }] }))).toEqual([{ code: "applyMonthBefore" }]);
    expect(gradeReminders(base({ birthDate: "1960-02-10", history: [{ from: "2025-08", grade: 50 }] }))).toEqual([
      { code: "applyMonthBefore" },
      { code: "turning67", month: "2027-03" },
    ]);
  });
});

describe("a change already decided for next month", () => {
  it("counts as the grade to change from", () => {
    const s = base({
      history: [
        { from: "2024-04", grade: 100 },
        { from: "2026-12", grade: 50 },
      ],
    });
    expect(gradeOptions(s).map((o) => o.grade)).not.toContain(50);
    expect(option(s, 40)).toMatchObject({ earliestMonth: "2027-12", blocker: "oneYearBetweenChanges" });
    expect(option(s, 100)).toMatchObject({ availableNow: true });
  });
});
