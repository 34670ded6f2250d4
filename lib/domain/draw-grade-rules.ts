import { addMonths, type IsoDate, monthOf, monthsBetween, type YearMonth } from "./calendar";
import { DRAW_GRADES, type DrawGrade, type DrawGradePeriod, gradeAt } from "./draw-grade";

/**
 * Which draw grades a pensioner can change to, and from which month
 * (Nav's rules for changing the draw grade; the accrual test is approximated, docs/adr/0006):
 * - 0 (stop) any time; 100 any time when enough pension has been accrued,
 *   otherwise from the month after turning 67.
 * - A graded pension (20–80) needs one year since the last change; after 100
 *   or 0 it needs one year at that grade. The accrual test does not apply to it.
 * - Restarting after a stop is a new application.
 * A change takes effect from the month after it is made at the earliest.
 */
export type GradeSituation = {
  today: IsoDate;
  birthDate: IsoDate;
  history: DrawGradePeriod[];
  /** Whether enough pension has been accrued to take it before 67 (from the pension calculation). */
  enoughAccrued: boolean;
};

type Blocker = "oneYearBetweenChanges" | "oneYearAfterFullOrStop" | "notEnoughAccruedBefore67";

export type GradeOption = {
  grade: DrawGrade;
  /** The first month the grade can apply from. */
  earliestMonth: YearMonth;
  /** Can it be chosen now to apply from next month? */
  availableNow: boolean;
  blocker: Blocker | null;
  /** Restarting after a stop is a new application rather than a change. */
  newApplication: boolean;
};

export function month67(birthDate: IsoDate): YearMonth {
  // The month after the 67th birthday.
  const birthMonth = monthOf(birthDate);
  return addMonths(birthMonth, 67 * 12 + 1);
}

function sorted(history: DrawGradePeriod[]) {
  return [...history].sort((a, b) => a.from.localeCompare(b.from));
}

/** The options for every grade other than the current one, with the earliest month and why if later. */
export function gradeOptions(s: GradeSituation): GradeOption[] {
  const history = sorted(s.history);
  const next = addMonths(monthOf(s.today), 1);
  // A change already made but starting next month counts as the grade to change from.
  const current = history.at(-1)?.grade ?? gradeAt(history, monthOf(s.today));
  const lastChange = history.at(-1)?.from ?? null;
  const at67 = month67(s.birthDate);
  const max = (a: YearMonth, b: YearMonth) => (a > b ? a : b);
  return DRAW_GRADES.filter((g) => g !== current).map((grade): GradeOption => {
    let earliest = next;
    let blocker: Blocker | null = null;
    const later = (month: YearMonth, why: Blocker) => {
      if (month > earliest) {
        earliest = month;
        blocker = why;
      }
    };
    // The accrual test belongs to taking a *full* pension before 67; a lower grade is never refused for it.
    if (grade === 100 && !s.enoughAccrued) later(max(at67, next), "notEnoughAccruedBefore67");
    if (grade !== 0 && grade !== 100 && lastChange) {
      later(addMonths(lastChange, 12), current === 0 || current === 100 ? "oneYearAfterFullOrStop" : "oneYearBetweenChanges");
    }
    return { grade, earliestMonth: earliest, availableNow: earliest === next, blocker, newApplication: current === 0 && grade !== 0 };
  });
}

/** Reminders to show: going back to 100 % must be applied for by the month before, also at 67. */
export function gradeReminders(s: GradeSituation): Array<{ code: "applyMonthBefore" } | { code: "turning67"; month: YearMonth }> {
  const current = gradeAt(sorted(s.history), monthOf(s.today));
  if (current === null || current === 100) return [];
  const reminders: Array<{ code: "applyMonthBefore" } | { code: "turning67"; month: YearMonth }> = [{ code: "applyMonthBefore" }];
  const at67 = month67(s.birthDate);
  const monthsTo67 = monthsBetween(monthOf(s.today), at67);
  if (monthsTo67 > 0 && monthsTo67 <= 12) reminders.push({ code: "turning67", month: at67 });
  return reminders;
}
