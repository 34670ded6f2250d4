import { z } from "zod";
import { addDays, type IsoDate } from "./calendar";
import { parseFnr } from "./fnr";
import { daysInMonth, isoDate } from "./calendar";
import { SCOPES, type Scope, type PowerField } from "./representation-fields";
export { SCOPES, POWER_FIELDS, REVOKE_FIELDS, type Scope, type PowerField } from "./representation-fields";

/**
 * Representation: someone with a power of attorney or a guardianship acts for
 * another person. What they may do is a set of scopes, chosen one by one by the
 * person who gives the power. These are the rules; the data layer enforces them.
 */
export type PowerKind = "POWER_OF_ATTORNEY" | "GUARDIAN";

/** What a read or a change needs: a scope, or the person themself (never a representative). */
export type Need = Scope | "SELF";

/** The changes that need the figures they change: each brings reading payments and tax with it. */
const NEEDS_READING: readonly Scope[] = ["CHANGE_VOLUNTARY_TAX", "APPLY_DRAW_GRADE", "CHANGE_BANK_ACCOUNT"];

/**
 * The scopes a power holds once the ones implied are added: a change that works
 * on payments and tax brings reading them. Nothing ever brings the bank account.
 * Sorted in the order of SCOPES, without repeats.
 */
export function withImplied(scopes: readonly Scope[]): Scope[] {
  const all = new Set(scopes);
  if (scopes.some((s) => NEEDS_READING.includes(s))) all.add("READ_PAYMENTS");
  return SCOPES.filter((s) => all.has(s));
}

export type PowerFacts = {
  kind: PowerKind;
  scopes: readonly Scope[];
  validFrom: IsoDate;
  /** The last day it holds; null: until revoked. */
  validTo: IsoDate | null;
  revoked: boolean;
  /** The day the person who gave it died, if they have: a power of attorney ends with them. */
  grantorDied: IsoDate | null;
};

export type PowerStatus = "ACTIVE" | "NOT_STARTED" | "EXPIRED" | "REVOKED" | "ENDED_BY_DEATH";

/** Where a power stands on a day. Revocation wins over everything; the dates include both ends. */
export function powerStatus(p: PowerFacts, today: IsoDate): PowerStatus {
  if (p.revoked) return "REVOKED";
  if (p.grantorDied !== null && p.grantorDied <= today) return "ENDED_BY_DEATH";
  if (today < p.validFrom) return "NOT_STARTED";
  if (p.validTo !== null && today > p.validTo) return "EXPIRED";
  return "ACTIVE";
}

export type Mandate = { kind: PowerKind; scopes: Scope[] };

/**
 * What one representative may do for one person today: the union of the powers
 * that are active (a guardianship and a power of attorney may both exist), the
 * kind shown as guardian when any of them is one. Null when none is active.
 */
export function mandateOn(powers: readonly PowerFacts[], today: IsoDate): Mandate | null {
  const active = powers.filter((p) => powerStatus(p, today) === "ACTIVE");
  if (!active.length) return null;
  return {
    kind: active.some((p) => p.kind === "GUARDIAN") ? "GUARDIAN" : "POWER_OF_ATTORNEY",
    scopes: withImplied(active.flatMap((p) => p.scopes)),
  };
}

/** Whether someone may do what needs `need`: the person themself may do anything; a representative what the mandate holds. */
export function allows(mandate: Mandate | null, need: Need): boolean {
  if (mandate === null) return true;
  return need !== "SELF" && mandate.scopes.includes(need);
}

/** The pages a representative reaches, and what each needs. Pages not listed are for the person themself. */
const PAGE_NEEDS: ReadonlyArray<{ prefix: string; need: Need | "ANY" }> = [
  { prefix: "/oversikt", need: "ANY" },
  // Public pages hold no one's data.
  { prefix: "/utbetalingskalender", need: "ANY" },
  { prefix: "/personvern", need: "ANY" },
  { prefix: "/tilgjengelighet", need: "ANY" },
  { prefix: "/velg-person", need: "ANY" },
  { prefix: "/ingen-tilgang", need: "ANY" },
  { prefix: "/utbetalinger", need: "READ_PAYMENTS" },
  { prefix: "/skatt", need: "READ_PAYMENTS" },
  { prefix: "/konto", need: "READ_PAYMENTS" },
  { prefix: "/uttaksgrad", need: "APPLY_DRAW_GRADE" },
  { prefix: "/saker", need: "CASES_LETTERS" },
  { prefix: "/brev", need: "CASES_LETTERS" },
  // One case or letter: the data layer decides, since a representative always sees the receipt
  // and letters of a change they sent themself, even without the right to read cases.
  { prefix: "/saker/", need: "ANY" },
  { prefix: "/brev/", need: "ANY" },
  { prefix: "/meldinger", need: "MESSAGES" },
];

const matches = (path: string, prefix: string) => (prefix.endsWith("/") ? path.startsWith(prefix) : path === prefix || path.startsWith(`${prefix}/`));

/** What a page needs of a representative (the most specific prefix wins); "SELF" for pages only the person may use. */
export function pageNeed(path: string): Need | "ANY" {
  const match = PAGE_NEEDS.filter((p) => matches(path, p.prefix)).sort((a, b) => b.prefix.length - a.prefix.length)[0];
  return match?.need ?? "SELF";
}

/** Whether a page is open to someone: the person themself always, a representative when the mandate allows it. */
export function pageAllowed(mandate: Mandate | null, path: string): boolean {
  const need = pageNeed(path);
  return need === "ANY" ? true : allows(mandate, need);
}

/** A power of attorney given in the portal lasts at most this long; it can be given again. */
const MAX_POWER_YEARS = 10;

/** Reads a day typed as dd.mm.åååå (also with / or -, and one-digit day and month) or as åååå-mm-dd. Null when it is no real day. */
export function parseTypedDate(text: string): IsoDate | null {
  const t = text.trim();
  let y: number, m: number, d: number;
  const nordic = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(t);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (nordic) [d, m, y] = [Number(nordic[1]), Number(nordic[2]), Number(nordic[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return null;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return isoDate(y, m, d);
}

/** The last day a new power may hold, counted from today. */
export function latestValidTo(today: IsoDate): IsoDate {
  const [y, m, d] = today.split("-").map(Number);
  // 29 February in a year without it rolls over to 1 March, so the day before is 28 February.
  return addDays(isoDate(y + MAX_POWER_YEARS, m, d), -1);
}

/** The form that gives a power, checked against today and the person giving it. Error messages are codes. */
export function powerForm(today: IsoDate, grantorFnr: string) {
  return z
    .object({
      attorneyFnr: z.string().transform((typed, ctx) => {
        const v = typed.replace(/[\s.]/g, "");
        const code = !v ? "fnrRequired" : !/^\d{11}$/.test(v) ? "fnrFormat" : !parseFnr(v) ? "fnrInvalid" : v === grantorFnr ? "fnrSelf" : null;
        if (code) ctx.addIssue({ code: "custom", message: code });
        return v;
      }),
      attorneyName: z.string().trim().min(1, { message: "nameRequired" }),
      validTo: z
        .string()
        .min(1, { message: "validToRequired" })
        .transform((v, ctx) => {
          const date = parseTypedDate(v);
          if (!date) ctx.addIssue({ code: "custom", message: "validToFormat" });
          else if (date <= today) ctx.addIssue({ code: "custom", message: "validToPast" });
          else if (date > latestValidTo(today)) ctx.addIssue({ code: "custom", message: "validToTooLate", params: { years: String(MAX_POWER_YEARS) } });
          return date ?? "";
        }),
      scopes: z.array(z.enum(SCOPES)).min(1, { message: "scopesRequired" }),
    })
    .transform((v) => ({ ...v, scopes: withImplied(v.scopes) }));
}

/** The form's values as the schema wants them: the ticked checkboxes become the list of scopes. */
export function powerFormInput(values: Record<PowerField, string>) {
  return {
    attorneyFnr: values.attorneyFnr,
    attorneyName: values.attorneyName,
    validTo: values.validTo,
    scopes: SCOPES.filter((s) => values[`scope_${s}`] !== ""),
  };
}

/**
 * Whether a family name typed by the person giving a power matches the one in
 * the register: letter case, spaces and hyphens aside. The form asks for both
 * number and name so that a number alone never reveals whose it is.
 */
export function sameFamilyName(typed: string, registered: string): boolean {
  const norm = (s: string) =>
    s
      .normalize("NFC")
      .toLocaleLowerCase("nb")
      .replace(/[\s-]+/g, " ")
      .trim();
  return norm(typed) !== "" && norm(typed) === norm(registered);
}

/** A number shown back without its personal part: the birth date, then stars. */
export const maskFnr = (fnr: string) => `${fnr.slice(0, 6)} *****`;

export const revokeForm = z.object({ power: z.uuid({ message: "powerUnknown" }) });

/** The form that chooses whom to act for: "self" or a power's id, and the page to go on to. */
export const chooseForm = z.object({
  subject: z.union([z.literal("self"), z.uuid()], { message: "subjectRequired" }),
  tilbake: z.string().max(500).optional(),
});
