/** Joins the class names that are set: `cx("a", cond && "b", undefined)` → "a b". */
export const cx = (...names: (string | false | null | undefined)[]): string => names.filter(Boolean).join(" ");
