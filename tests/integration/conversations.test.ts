import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { conversation, conversations, markConversationRead, replyToNav, writeToNav } from "@/lib/server/data/conversations";
import { inbox } from "@/lib/server/data/cases";
import { contactChannels } from "@/lib/server/data/contact";
import { actingUser, userFor } from "../support/users";
import { newPerson } from "../support/factories";
import { dayOf } from "@/lib/domain/calendar";

const TODAY = "2026-11-12"; // a Thursday: three working days on is Tuesday 17 November
const key = () => crypto.randomUUID();
const FORBIDDEN = { digest: "NEXT_HTTP_ERROR_FALLBACK;403" };

describe("writing to Nav", () => {
  it("starts a conversation once per form, answered within three working days", async () => {
    const user = await newPerson("Skriver");
    const k = key();
    const msg = { topic: "PAYMENT" as const, text: "Når kommer neste utbetaling etter at jeg stanset pensjonen?" };
    const [a, b] = await Promise.all([writeToNav(user, msg, { idempotencyKey: k, today: TODAY }), writeToNav(user, msg, { idempotencyKey: k, today: TODAY })]);
    expect(a).toEqual(b);
    const id = (a as { caseId: string }).caseId;
    const thread = await conversation(user, id);
    expect(thread?.messages).toHaveLength(1);
    expect(thread?.answerDeadline && dayOf(thread.answerDeadline)).toBe("2026-11-17");
    expect((await conversations(user)).find((c) => c.id === id)).toMatchObject({ topic: "PAYMENT", waitingForNav: true, unread: 0 });
    // A conversation is not a notice: the notices list stays as it was.
    expect((await inbox(user)).some((m) => m.body === msg.text)).toBe(false);
  });

  it("saves a reply once, sends the conversation back to Nav, and never answers in someone else's", async () => {
    const olav = await userFor("abroad");
    const [seeded] = await conversations(olav);
    expect(seeded).toMatchObject({ topic: "ABROAD", unread: 1, waitingForNav: false });
    const k = key();
    const reply = { thread: seeded.id, text: "Takk, da vet jeg det. Gjelder det samme for hytta på Hvaler?" };
    expect(await replyToNav(olav, reply, { idempotencyKey: k, today: TODAY })).toEqual({ ok: true, caseId: seeded.id });
    expect(await replyToNav(olav, reply, { idempotencyKey: k, today: TODAY })).toEqual({ ok: true, caseId: seeded.id });
    const thread = await conversation(olav, seeded.id);
    expect(thread?.messages.map((m) => m.fromNav)).toEqual([false, true, false]);
    expect(thread?.status).toBe("RECEIVED");

    const ingrid = await userFor("full");
    expect(await replyToNav(ingrid, { ...reply, text: "Dette er ikke min samtale i det hele tatt." }, { idempotencyKey: key(), today: TODAY })).toEqual({
      ok: false,
      reason: "conflict",
    });
    expect(await conversation(ingrid, seeded.id)).toBeNull();
    expect(await markConversationRead(ingrid, seeded.id)).toBe(0);
    expect(await markConversationRead(olav, seeded.id)).toBe(1);
    expect((await conversations(olav))[0].unread).toBe(0);
  });

  it("lets a representative with the right write for the person, named in the conversation, and refuses one without it", async () => {
    const eva = await actingUser("representative", "care-home");
    const solveig = await userFor("care-home");
    const result = await writeToNav(
      eva,
      { topic: "TAX", text: "Solveig lurer på om skattetrekket er riktig i desember." },
      { idempotencyKey: key(), today: TODAY },
    );
    const id = (result as { caseId: string }).caseId;
    expect((await conversation(solveig, id))?.messages[0].writtenBy).toBe("Eva Berg");
    expect((await conversation(eva, id))?.messages[0].writtenBy).toBe("Eva Berg");

    const guardianWithoutMessages = { ...(await actingUser("guardian", "long-history")) };
    guardianWithoutMessages.acting = { ...guardianWithoutMessages.acting!, scopes: ["READ_PAYMENTS"] };
    await expect(conversations(guardianWithoutMessages)).rejects.toMatchObject(FORBIDDEN);
    await expect(
      writeToNav(guardianWithoutMessages, { topic: "OTHER", text: "Dette skal ikke bli sendt." }, { idempotencyKey: key(), today: TODAY }),
    ).rejects.toMatchObject(FORBIDDEN);
  });

  it("says how Nav notifies the person, and that a reserved person gets letters by post", async () => {
    expect(await contactChannels(await userFor("care-home"))).toEqual({ reserved: true });
    expect(await contactChannels(await userFor("full"))).toMatchObject({ reserved: false, email: "ingrid.bakken@example.test" });
    expect(await db().person.count({ where: { reservedDigital: true } })).toBe(1);
  });
});
