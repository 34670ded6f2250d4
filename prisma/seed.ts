import { addMonths, type IsoDate, monthOf } from "../lib/domain/calendar";
import { type Db } from "../lib/db/client";
import { planPayments } from "../lib/domain/payment-plan";
import { formatMoney, formatMonth } from "../lib/format";
import { answerDueBy } from "../lib/domain/messages";
import { addDays } from "../lib/domain/calendar";
import { type Scenario, scenarios } from "./scenarios";

const day = (iso: IsoDate) => new Date(`${iso}T00:00:00Z`);
const at = (iso: IsoDate, hour = 10) => new Date(`${iso}T${String(hour).padStart(2, "0")}:00:00Z`);
const firstOf = (month: string) => day(`${month}-01`);

/** Seeds the synthetic persons with everything derived from the domain rules. Idempotent per person. */
export async function seedDatabase(db: Db, today: IsoDate): Promise<{ persons: number; payments: number }> {
  const all = scenarios(today);
  const ids = new Map<string, string>();
  let payments = 0;
  for (const s of all) {
    const existing = await db.person.findUnique({ where: { fnr: s.fnr }, select: { id: true } });
    if (existing) {
      ids.set(s.key, existing.id);
      continue;
    }
    const seeded = await seedScenario(db, s, today);
    ids.set(s.key, seeded.id);
    payments += seeded.payments;
  }
  for (const s of all) {
    for (const power of s.holds ?? []) {
      const grantorId = ids.get(power.for)!;
      const attorneyId = ids.get(s.key)!;
      const exists = await db.powerOfAttorney.findFirst({ where: { grantorId, attorneyId } });
      if (!exists) {
        await db.powerOfAttorney.create({
          data: {
            grantorId,
            attorneyId,
            kind: power.kind ?? "POWER_OF_ATTORNEY",
            scopes: power.scopes,
            validFrom: day(power.validFrom),
            validTo: power.validTo ? day(power.validTo) : null,
            revokedAt: power.revokedOn ? at(power.revokedOn) : null,
          },
        });
      }
    }
  }
  return { persons: all.length, payments };
}

/**
 * One scenario's person with everything the rules give them (pension, payments,
 * tax, letters, cases, consents), but not the powers between persons. The seed
 * makes each scenario once; the browser tests make copies of their own with it.
 */
export async function seedScenario(db: Db, s: Scenario, today: IsoDate): Promise<{ id: string; payments: number }> {
  const id = await seedPerson(db, s, today);
  return { id, payments: await seedPayments(db, s, id, today) };
}

async function seedPerson(db: Db, s: Scenario, today: IsoDate): Promise<string> {
  const startYear = Number((s.pension?.startMonth ?? today).slice(0, 4));
  const thisYear = Number(today.slice(0, 4));
  const person = await db.person.create({
    data: {
      fnr: s.fnr,
      givenName: s.givenName,
      familyName: s.familyName,
      birthDate: day(s.birthDate),
      maritalStatus: s.maritalStatus,
      addressLine: s.address.line,
      postalCode: s.address.postalCode,
      city: s.address.city,
      countryCode: s.address.country,
      navOffice: s.navOffice,
      eids: s.eids,
      reservedDigital: s.reservedDigital ?? false,
      phone: s.reservedDigital ? null : "+47 99 00 00 00",
      email: `${s.givenName.toLowerCase()}.${s.familyName.toLowerCase()}@example.test`,
      bankAccounts: {
        create: {
          kind: s.account.kind,
          accountNumber: s.account.number,
          bic: s.account.bic,
          bankName: s.account.bankName,
          countryCode: s.account.country,
          currency: s.account.currency,
          validFrom: firstOf(s.pension?.startMonth ?? "2020-01"),
        },
      },
    },
  });
  if (s.pension) {
    const p = s.pension;
    const taxCards = [];
    for (let year = startYear; year <= thisYear; year++) {
      const basis = p.taxBases.filter((b) => b.from <= `${year}-12`).at(-1)?.basis ?? { kind: "flat" as const };
      taxCards.push({
        personId: person.id,
        year,
        kind: basis.kind === "table" ? ("TABLE" as const) : basis.kind === "percent" ? ("PERCENT" as const) : ("FLAT" as const),
        tableNumber: basis.kind === "table" ? basis.table : null,
        percent: basis.kind === "percent" ? basis.percent : basis.kind === "flat" ? 30 : null,
        fetchedAt: at(`${year - 1}-12-15`),
      });
    }
    await db.taxCard.createMany({ data: taxCards });
    for (const v of p.voluntaryTax ?? []) {
      await db.voluntaryTax.create({
        data: {
          personId: person.id,
          fromMonth: v.from,
          toMonth: v.to ?? null,
          amountOre: v.tax.kind === "amount" ? v.tax.amountOre : null,
          percent: v.tax.kind === "percent" ? v.tax.percent : null,
          createdAt: firstOf(addMonths(v.from, -1)),
        },
      });
    }
    const startCase = await db.case.create({
      data: {
        personId: person.id,
        type: "RETIREMENT_PENSION",
        status: "DECIDED",
        createdAt: firstOf(addMonths(p.startMonth, -3)),
        decidedAt: firstOf(addMonths(p.startMonth, -2)),
        events: {
          create: [
            { type: "RECEIVED", at: firstOf(addMonths(p.startMonth, -3)), actor: "SELF" },
            { type: "DECIDED", at: firstOf(addMonths(p.startMonth, -2)), actor: "CASEWORKER" },
          ],
        },
      },
    });
    await db.letter.create({
      data: {
        personId: person.id,
        caseId: startCase.id,
        kind: "DECISION",
        title: "Vedtak om alderspensjon",
        body: `Du får alderspensjon fra ${formatMonth(p.startMonth, "nb")}. Uttaksgraden er ${p.drawGrades[0].grade} prosent.`,
        sentAt: firstOf(addMonths(p.startMonth, -2)),
      },
    });
  }
  if (s.spouseDiedMonth) {
    // The death is registered, a first letter goes out at once, and a second
    // one when survivor's rights have been assessed: the supplement is paid
    // from the month after the death only because that decision has been made.
    const died = `${s.spouseDiedMonth}-08`;
    const decided = `${addMonths(s.spouseDiedMonth, 1)}-06`;
    const supplement = s.pension?.extras?.find((e) => e.code === "survivorSupplement");
    const c = await db.case.create({
      data: {
        personId: person.id,
        type: "SURVIVOR_RIGHTS",
        status: supplement ? "DECIDED" : "UNDER_REVIEW",
        createdAt: at(died, 12),
        decidedAt: supplement ? at(decided, 11) : null,
        events: {
          create: [
            { type: "RECEIVED", at: at(died, 12), actor: "SYSTEM" },
            { type: "LETTER_SENT", at: at(died, 14), actor: "SYSTEM" },
            ...(supplement
              ? [
                  { type: "DECIDED", at: at(decided, 11), actor: "CASEWORKER" },
                  { type: "LETTER_SENT", at: at(decided, 12), actor: "SYSTEM" },
                ]
              : []),
          ],
        },
      },
    });
    await db.letter.create({
      data: {
        personId: person.id,
        caseId: c.id,
        kind: "INFORMATION",
        title: "Vi har registrert dødsfall",
        body: "Vi har fått melding om at ektefellen din er død. Vi vurderer nå om du har rettigheter som gjenlevende, og sender deg et nytt brev når det er gjort.",
        sentAt: at(died, 14),
      },
    });
    if (supplement) {
      await db.letter.create({
        data: {
          personId: person.id,
          caseId: c.id,
          kind: "DECISION",
          title: "Vedtak om rettigheter som gjenlevende",
          body: `Vi har vurdert rettighetene dine som gjenlevende. Du får et gjenlevendetillegg på ${formatMoney(supplement.amountOre, "nb")} i måneden fra ${formatMonth(supplement.from, "nb")}. Tillegget kommer i tillegg til alderspensjonen din, og du ser det på utbetalingene. Mener du at vedtaket er feil, kan du klage. Skriv til oss på nav.no eller ring 55 55 33 34, så hjelper vi deg.`,
          sentAt: at(decided, 12),
        },
      });
    }
  }
  if (s.careHome) {
    await db.institutionStay.create({
      data: {
        personId: person.id,
        kind: "CARE_HOME",
        name: s.careHome.name,
        municipality: s.careHome.municipality,
        fromDate: day(s.careHome.from),
      },
    });
  }
  await db.message.create({
    data: {
      personId: person.id,
      channel: "NOTICE",
      fromNav: true,
      subject: "Velkommen til Din pensjon",
      body: "Her finner du utbetalingene dine, sakene dine og brev fra oss.",
      createdAt: at(`${monthOf(today)}-01`),
    },
  });
  if (s.conversation) {
    const c = s.conversation;
    const asked = at(addDays(today, -c.daysAgo), 11);
    const answered = at(addDays(today, -c.daysAgo + 2), 13);
    await db.case.create({
      data: {
        personId: person.id,
        type: "ENQUIRY",
        status: c.answer ? "DECIDED" : "RECEIVED",
        submittedById: person.id,
        payload: { topic: c.topic },
        answerDeadline: day(answerDueBy(addDays(today, -c.daysAgo))),
        createdAt: asked,
        decidedAt: c.answer ? answered : null,
        events: {
          create: [{ type: "RECEIVED", at: asked, actor: "SELF" }, ...(c.answer ? [{ type: "ANSWERED", at: answered, actor: "CASEWORKER" }] : [])],
        },
        messages: {
          create: [
            {
              personId: person.id,
              channel: "WRITE_TO_US",
              fromNav: false,
              subject: "Bo eller reise i utlandet",
              body: c.question,
              createdAt: asked,
              readAt: asked,
              sentById: person.id,
            },
            ...(c.answer
              ? [{ personId: person.id, channel: "WRITE_TO_US" as const, fromNav: true, subject: "Svar fra Nav", body: c.answer, createdAt: answered }]
              : []),
          ],
        },
      },
    });
  }
  // Realistic lookups by others, so "who has looked at my data" is never empty.
  const month = monthOf(today);
  await db.accessLog.createMany({
    data: [
      {
        actorKind: "CASEWORKER" as const,
        actorLabel: "Saksbehandler, Nav Pensjon",
        dataKind: "PENSION",
        purpose: "CASE_PROCESSING",
        at: at(`${addMonths(month, -2)}-14`, 9),
      },
      {
        actorKind: "CASEWORKER" as const,
        actorLabel: "Veileder, Nav Kontaktsenter",
        dataKind: "PAYMENTS",
        purpose: "ANSWER_ENQUIRY",
        at: at(`${addMonths(month, -1)}-03`, 13),
      },
      { actorKind: "SYSTEM" as const, actorLabel: "Utbetaling (automatisk)", dataKind: "BANK_ACCOUNT", purpose: "PAYMENT", at: at(`${month}-01`, 2) },
      { actorKind: "SYSTEM" as const, actorLabel: "Skattetrekk (automatisk)", dataKind: "TAX", purpose: "TAX_WITHHOLDING", at: at(`${month}-01`, 3) },
    ].map((e) => ({ ...e, subjectId: person.id })),
  });
  if (s.address.country !== "NO") {
    // Pensioners abroad confirm they are alive; one entry is past the 18-month retention.
    await db.lifeCertificate.createMany({
      data: [20, 8].map((monthsAgo) => ({ personId: person.id, confirmedAt: at(`${addMonths(month, -monthsAgo)}-10`), method: "BankID" })),
    });
  }
  if (s.lifeCertificateDueInDays !== undefined) {
    await db.lifeCertificateRequest.create({
      data: { personId: person.id, requestedAt: at(addDays(today, -14), 8), dueBy: day(addDays(today, s.lifeCertificateDueInDays)) },
    });
  }
  for (const c of s.consents ?? []) {
    await db.consentEvent.create({
      data: { personId: person.id, purpose: c.purpose, action: c.action, textVersion: c.textVersion, counterparty: c.counterparty ?? null, at: at(c.at) },
    });
  }
  return person.id;
}

async function seedPayments(db: Db, s: Scenario, personId: string, today: IsoDate): Promise<number> {
  if (!s.pension) return 0;
  const p = s.pension;
  const account = await db.bankAccount.findFirstOrThrow({ where: { personId }, select: { id: true } });
  const pension = await db.pension.create({
    data: {
      personId,
      type: "ALDERSPENSJON",
      startMonth: p.startMonth,
      fullAmountAtStartOre: p.fullAmountAtStart,
      supplementAtStartOre: p.supplementAtStart ?? 0,
      drawGrades: { create: p.drawGrades.map((g) => ({ fromMonth: g.from, grade: g.grade })) },
    },
  });
  const planned = planPayments(p, today);
  for (const payment of planned) {
    await db.payment.create({
      data: {
        personId,
        pensionId: pension.id,
        periodMonth: payment.month,
        paymentDate: day(payment.date),
        estimatedDate: payment.estimatedDate,
        bankAccountId: account.id,
        lines: {
          create: payment.lines.map((l, position) => ({
            position,
            type: l.type,
            code: l.code,
            amountOre: l.amountOre,
            forMonth: l.forMonth ?? null,
            recipient: l.recipient ?? null,
            taxBasis: l.taxBasis ?? null,
          })),
        },
      },
    });
  }
  return planned.length;
}
