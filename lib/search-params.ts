/** Reading Next's searchParams safely: the first value of a key, or undefined. */
export type SearchParams = Record<string, string | string[] | undefined>;

export const first = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);

/** The highest page number anyone could need (15 years of monthly payments, twelve a page, with room to spare). */
const MAX_PAGE = 1000;

/** A page number as plain digits ("3"), 1 when missing or not a sensible page: no "1e300", "0x10" or "-1". */
export function pageNumber(v: string | string[] | undefined): number {
  const raw = first(v);
  if (!raw || !/^\d{1,4}$/.test(raw)) return 1;
  const n = Number(raw);
  return n >= 1 && n <= MAX_PAGE ? n : 1;
}
