import "server-only";
import { CONSENT_PURPOSES, consentState, CURRENT_TEXT_VERSION, isGiven, type ConsentPurpose } from "../../domain/consents";
import { db } from "../db";
import { type User } from "../auth/current-user";
import { authorize, logAccess } from "./access-log";
import { exactlyOnce, personTransaction, recordCase } from "./exactly-once";

export const ACTOR_KINDS = ["SELF", "REPRESENTATIVE", "CASEWORKER", "SYSTEM"] as const;
export type ActorFilter = (typeof ACTOR_KINDS)[number] | "ALL";

export const LOG_PAGE_SIZE = 25;

/**
 * Who has looked at the user's data, newest first, filtered by who. Reading
 * the log is itself logged, after the read, so it shows up next time.
 */
export async function accessLogPage(user: User, filter: { actor: ActorFilter; page: number }) {
  await authorize(user, "SELF");
  const where = { subjectId: user.personId, ...(filter.actor === "ALL" ? {} : { actorKind: filter.actor }) };
  const [total, rows] = await Promise.all([
    db().accessLog.count({ where }),
    db().accessLog.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (filter.page - 1) * LOG_PAGE_SIZE,
      take: LOG_PAGE_SIZE,
      select: { id: true, at: true, actorKind: true, actorPersonId: true, actorLabel: true, dataKind: true, purpose: true },
    }),
  ]);
  // A representative is named: the person sees who looked and who changed things for them.
  const ids = [...new Set(rows.flatMap((r) => (r.actorKind === "REPRESENTATIVE" && r.actorPersonId ? [r.actorPersonId] : [])))];
  const people = ids.length ? await db().person.findMany({ where: { id: { in: ids } }, select: { id: true, givenName: true, familyName: true } }) : [];
  const names = new Map(people.map((p) => [p.id, `${p.givenName} ${p.familyName}`]));
  await logAccess(user, "SELF", ["ACCESS_LOG"], "PRIVACY_INSIGHT");
  return {
    total,
    entries: rows.map(({ actorPersonId, ...r }) => ({ ...r, id: String(r.id), actorName: actorPersonId ? (names.get(actorPersonId) ?? null) : null })),
  };
}

/** Every consent purpose with its current state, and the full history of grants and withdrawals. */
export async function consentsOverview(user: User) {
  await authorize(user, "SELF");
  const events = await db().consentEvent.findMany({
    where: { personId: user.personId },
    orderBy: { at: "desc" },
    select: { id: true, purpose: true, action: true, textVersion: true, at: true, counterparty: true },
  });
  await logAccess(user, "SELF", ["CONSENTS"]);
  const latest = consentState(events);
  return {
    purposes: CONSENT_PURPOSES.map((purpose) => ({ purpose, given: isGiven(latest[purpose]), latest: latest[purpose] })),
    history: events,
  };
}

/**
 * Grants or withdraws a consent at once. Repeating the same choice adds
 * nothing (the history records changes, not clicks).
 */
export async function setConsent(user: User, purpose: ConsentPurpose, give: boolean): Promise<"changed" | "unchanged"> {
  await authorize(user, "SELF");
  return db().$transaction(async (tx) => {
    const last = await tx.consentEvent.findFirst({
      where: { personId: user.personId, purpose },
      orderBy: { at: "desc" },
      select: { action: true, counterparty: true },
    });
    if ((last?.action === "GRANTED") === give) return "unchanged";
    await tx.consentEvent.create({
      data: {
        personId: user.personId,
        purpose,
        action: give ? "GRANTED" : "WITHDRAWN",
        textVersion: CURRENT_TEXT_VERSION[purpose],
        counterparty: last?.counterparty ?? null,
        at: new Date(),
      },
    });
    await tx.accessLog.create({ data: { subjectId: user.personId, actorKind: "SELF", dataKind: "CONSENTS", purpose: "CHANGE" } });
    return "changed";
  });
}

export const RIGHTS_CASE_TYPE = "PRIVACY_REQUEST";

/** A request to rectify, erase, restrict or object: a case with the 30-day answer deadline. Saved once per form. */
export async function requestRight(
  user: User,
  request: { right: string; item: string; reason: string },
  opts: { idempotencyKey: string; today: string; deadline: string },
) {
  return exactlyOnce(user, opts.idempotencyKey, RIGHTS_CASE_TYPE, () =>
    personTransaction(user, "SELF", (tx) =>
      recordCase(tx, user, {
        type: RIGHTS_CASE_TYPE,
        idempotencyKey: opts.idempotencyKey,
        payload: request,
        need: "SELF",
        decided: false,
        answerDeadline: new Date(`${opts.deadline}T00:00:00Z`),
        audit: "PERSON",
      }),
    ),
  );
}
