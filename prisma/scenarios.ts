import { addMonths, type IsoDate, monthOf, type YearMonth } from "../lib/domain/calendar";
import { syntheticFnr } from "../lib/domain/fnr";
import { ibanFor, norwegianAccountFor } from "../lib/domain/bank-account";
import { kr } from "../lib/domain/money";
import { type PensionProfile } from "../lib/domain/payment-plan";
import { type Eid } from "../lib/domain/security-level";
import { type TaxBasis } from "../lib/domain/tax";
import { type PowerKind, type Scope } from "../lib/domain/representation";
import { addDays } from "../lib/domain/calendar";

/**
 * The synthetic persons every environment is seeded with. Dates are relative
 * to "today" so the data never goes stale; identity numbers are synthetic
 * (month + 80) and pass the check-digit rules.
 */
export type Scenario = {
  key: string;
  /** What makes this person a distinct test case (shown in the mock login). */
  situation: string;
  givenName: string;
  familyName: string;
  birthDate: IsoDate;
  fnr: string;
  /** Identified by a D-number rather than a Norwegian identity number (lives abroad, never resident). */
  dNumber?: boolean;
  eids: Eid[];
  maritalStatus: "UNMARRIED" | "MARRIED" | "COHABITANT" | "WIDOWED" | "DIVORCED";
  address: { line: string; postalCode: string; city: string; country: string };
  navOffice: string;
  account: { kind: "NORWEGIAN" | "FOREIGN"; number: string; bic?: string; bankName?: string; country: string; currency: string };
  pension?: PensionProfile;
  /** Month a spouse died (the widowed scenario). */
  spouseDiedMonth?: YearMonth;
  careHome?: { name: string; municipality: string; from: IsoDate };
  /** Nav has asked for a life certificate, due this many days from today. */
  lifeCertificateDueInDays?: number;
  /** Reserved against digital communication in the contact register: letters go by post. */
  reservedDigital?: boolean;
  /** A conversation with Nav ("write to us"): the person's question and, when answered, Nav's answer; days before today. */
  conversation?: { topic: "PAYMENT" | "TAX" | "ABROAD"; question: string; answer?: string; daysAgo: number };
  /** Powers this person holds: for whom (a scenario key), what, and from when to when; some revoked or expired on purpose. */
  holds?: Array<{ for: string; kind?: PowerKind; scopes: Scope[]; validFrom: IsoDate; validTo?: IsoDate; revokedOn?: IsoDate }>;
  consents?: Array<{
    purpose: "USER_RESEARCH" | "INSURANCE_DISCLOSURE" | "DIGITAL_LIFE_CERTIFICATE";
    action: "GRANTED" | "WITHDRAWN";
    textVersion: string;
    at: IsoDate;
    counterparty?: string;
  }>;
};

const ALL_EIDS: Eid[] = ["minid", "bankid", "bankid-mobile", "buypass", "commfides"];

function taxBases(from: YearMonth, basis: TaxBasis): PensionProfile["taxBases"] {
  return [{ from, basis }];
}

function account(tenDigits: string): Scenario["account"] {
  // Step the last digit until a check digit exists (one in eleven has none).
  let base = Number(tenDigits);
  let number = norwegianAccountFor(String(base));
  while (!number) number = norwegianAccountFor(String(++base));
  return { kind: "NORWEGIAN", number, country: "NO", currency: "NOK" };
}

export function scenarios(today: IsoDate): Scenario[] {
  const thisMonth = monthOf(today);
  const spouseDied = addMonths(thisMonth, -2);
  const person = (s: Omit<Scenario, "fnr"> & { individual?: number }): Scenario => ({
    ...s,
    fnr: syntheticFnr(s.birthDate, s.individual ?? 100, s.dNumber ?? false),
  });
  return [
    person({
      key: "full",
      situation: "Full pension (100 %)",
      givenName: "Ingrid",
      familyName: "Bakken",
      birthDate: "1957-03-14",
      eids: ALL_EIDS,
      maritalStatus: "MARRIED",
      navOffice: "Nav Bergenhus",
      address: { line: "Fjellveien 12", postalCode: "5019", city: "Bergen", country: "NO" },
      account: account("1503421234"),
      consents: [{ purpose: "USER_RESEARCH", action: "GRANTED", textVersion: "brukertest-2025-1", at: "2025-09-02" }],
      pension: {
        startMonth: "2024-04",
        fullAmountAtStart: kr(24_850),
        supplementAtStart: kr(1_200),
        drawGrades: [{ from: "2024-04", grade: 100 }],
        taxBases: taxBases("2024-01", { kind: "table", table: "7100" }),
      },
    }),
    person({
      key: "graded",
      situation: "Graded pension (50 %) with voluntary extra tax",
      givenName: "Per",
      familyName: "Haugland",
      birthDate: "1962-06-02",
      eids: ALL_EIDS,
      maritalStatus: "MARRIED",
      navOffice: "Nav Stavanger",
      address: { line: "Kongsgata 40", postalCode: "4005", city: "Stavanger", country: "NO" },
      account: account("3207112233"),
      pension: {
        startMonth: "2024-07",
        fullAmountAtStart: kr(29_400),
        drawGrades: [
          { from: "2024-07", grade: 100 },
          { from: "2025-08", grade: 50 },
        ],
        taxBases: taxBases("2024-01", { kind: "percent", percent: 24 }),
        voluntaryTax: [{ from: "2025-09", tax: { kind: "amount", amountOre: kr(500) } }],
      },
      // An expired power: Ingrid Bakken let Per follow her payments for a year.
      holds: [{ for: "full", scopes: ["READ_PAYMENTS"], validFrom: "2024-01-01", validTo: addDays(today, -90) }],
    }),
    person({
      key: "stopped",
      situation: "Pension stopped (0 %)",
      givenName: "Astrid",
      familyName: "Lunde",
      birthDate: "1960-11-23",
      eids: ALL_EIDS,
      maritalStatus: "DIVORCED",
      navOffice: "Nav Tromsø",
      address: { line: "Storgata 88", postalCode: "9008", city: "Tromsø", country: "NO" },
      account: account("4750098765"),
      pension: {
        startMonth: "2023-02",
        fullAmountAtStart: kr(21_300),
        drawGrades: [
          { from: "2023-02", grade: 100 },
          { from: "2025-10", grade: 0 },
        ],
        taxBases: taxBases("2023-01", { kind: "table", table: "7100" }),
      },
    }),
    person({
      key: "abroad",
      situation: "Lives in Spain, foreign bank account, asked for a life certificate",
      lifeCertificateDueInDays: 35,
      conversation: {
        topic: "ABROAD",
        question: "Jeg skal være i Norge fra mai til september neste år. Må jeg melde fra om det, og påvirker det pensjonen?",
        answer:
          "Takk for meldingen. Et opphold i Norge på noen måneder endrer ikke pensjonen din, og du trenger ikke melde fra om det. Flytter du tilbake for godt, melder du ny adresse til Folkeregisteret, så oppdaterer vi pensjonen. Hilsen Nav Familie- og pensjonsytelser",
        daysAgo: 6,
      },
      givenName: "Olav",
      familyName: "Strand",
      birthDate: "1955-08-09",
      eids: ["minid", "bankid"],
      maritalStatus: "MARRIED",
      navOffice: "Nav Utland",
      address: { line: "Calle del Sol 7", postalCode: "29640", city: "Fuengirola", country: "ES" },
      account: {
        kind: "FOREIGN",
        number: ibanFor("ES", "21000418450200051332"),
        bic: "CAIXESBBXXX",
        bankName: "CaixaBank",
        country: "ES",
        currency: "EUR",
      },
      consents: [{ purpose: "DIGITAL_LIFE_CERTIFICATE", action: "GRANTED", textVersion: "leveattest-2025-1", at: "2025-04-10" }],
      pension: {
        startMonth: "2022-09",
        fullAmountAtStart: kr(19_750),
        drawGrades: [{ from: "2022-09", grade: 100 }],
        taxBases: taxBases("2022-01", { kind: "percent", percent: 15 }),
      },
    }),
    person({
      key: "minid-only",
      situation: "Has MinID only (no BankID)",
      givenName: "Berit",
      familyName: "Moe",
      birthDate: "1958-01-30",
      eids: ["minid"],
      maritalStatus: "UNMARRIED",
      navOffice: "Nav Lillehammer",
      address: { line: "Bakkegata 3", postalCode: "2609", city: "Lillehammer", country: "NO" },
      account: account("2050301122"),
      pension: {
        startMonth: "2025-02",
        fullAmountAtStart: kr(18_900),
        supplementAtStart: kr(2_450),
        drawGrades: [{ from: "2025-02", grade: 100 }],
        taxBases: taxBases("2025-01", { kind: "table", table: "7100" }),
      },
    }),
    person({
      key: "widowed",
      situation: "Recently widowed",
      givenName: "Knut",
      familyName: "Dahl",
      birthDate: "1950-05-17",
      eids: ALL_EIDS,
      maritalStatus: "WIDOWED",
      navOffice: "Nav Drammen",
      address: { line: "Bragernes torg 5", postalCode: "3017", city: "Drammen", country: "NO" },
      account: account("1254056677"),
      spouseDiedMonth: spouseDied,
      pension: {
        startMonth: "2017-06",
        fullAmountAtStart: kr(22_100),
        drawGrades: [{ from: "2017-06", grade: 100 }],
        taxBases: taxBases("2017-01", { kind: "table", table: "7100" }),
        extras: [{ from: addMonths(spouseDied, 1), code: "survivorSupplement", amountOre: kr(3_150) }],
      },
    }),
    person({
      key: "care-home",
      situation: "Lives in a municipal care home (deduction)",
      givenName: "Solveig",
      familyName: "Berg",
      birthDate: "1941-02-11",
      eids: ["minid", "bankid"],
      maritalStatus: "WIDOWED",
      navOffice: "Nav Trondheim",
      address: { line: "Byåsen sykehjem, Byåsveien 150", postalCode: "7021", city: "Trondheim", country: "NO" },
      account: account("4202117788"),
      careHome: { name: "Byåsen sykehjem", municipality: "Trondheim kommune", from: "2024-09-01" },
      reservedDigital: true,
      consents: [
        { purpose: "INSURANCE_DISCLOSURE", action: "GRANTED", textVersion: "forsikring-2024-2", at: "2024-02-12", counterparty: "Storebrand Livsforsikring" },
        { purpose: "INSURANCE_DISCLOSURE", action: "WITHDRAWN", textVersion: "forsikring-2024-2", at: "2025-06-30", counterparty: "Storebrand Livsforsikring" },
      ],
      pension: {
        startMonth: "2016-03",
        fullAmountAtStart: kr(17_600),
        supplementAtStart: kr(1_900),
        drawGrades: [{ from: "2016-03", grade: 100 }],
        taxBases: taxBases("2016-01", { kind: "table", table: "7100" }),
        deductions: [{ from: "2024-10", code: "careHome", amountOre: kr(11_800), recipient: "Trondheim kommune" }],
      },
    }),
    person({
      key: "long-history",
      situation: "Long history since 2015, several draw grades",
      givenName: "Arne",
      familyName: "Nilsen",
      birthDate: "1948-01-05",
      eids: ALL_EIDS,
      maritalStatus: "MARRIED",
      navOffice: "Nav Oslo sentrum",
      address: { line: "Thereses gate 20", postalCode: "0168", city: "Oslo", country: "NO" },
      account: account("6011045566"),
      pension: {
        startMonth: "2015-01",
        fullAmountAtStart: kr(26_200),
        drawGrades: [
          { from: "2015-01", grade: 100 },
          { from: "2016-02", grade: 60 },
          { from: "2017-03", grade: 100 },
        ],
        taxBases: [
          { from: "2015-01", basis: { kind: "table", table: "7100" } },
          { from: "2021-01", basis: { kind: "table", table: "7102" } },
        ],
        voluntaryTax: [{ from: "2022-03", tax: { kind: "percent", percent: 2.5 } }],
      },
    }),
    person({
      key: "representative",
      situation: "No pension; power of attorney for Solveig Berg",
      givenName: "Eva",
      familyName: "Berg",
      birthDate: "1970-09-21",
      eids: ALL_EIDS,
      maritalStatus: "MARRIED",
      navOffice: "Nav Trondheim",
      address: { line: "Munkegata 10", postalCode: "7011", city: "Trondheim", country: "NO" },
      account: account("8601123344"),
      holds: [
        // Everything except the bank account, a right Solveig has not given.
        {
          for: "care-home",
          scopes: ["READ_PAYMENTS", "CHANGE_VOLUNTARY_TAX", "APPLY_DRAW_GRADE", "MESSAGES", "CASES_LETTERS"],
          validFrom: "2024-09-01",
          validTo: addDays(today, 3 * 365),
        },
        // Knut Dahl gave Eva a power while his wife was ill, and took it back.
        { for: "widowed", scopes: ["READ_PAYMENTS", "CASES_LETTERS"], validFrom: "2025-03-01", validTo: addDays(today, 365), revokedOn: addDays(today, -40) },
      ],
    }),
    person({
      key: "foreign-eid",
      situation: "Lives in Italy, foreign eID (eIDAS) and a D-number, no Norwegian eID",
      givenName: "Lucia",
      familyName: "Romano",
      birthDate: "1957-04-18",
      dNumber: true,
      eids: ["eidas"],
      // Asked for a life certificate, and the date has passed.
      lifeCertificateDueInDays: -3,
      maritalStatus: "MARRIED",
      navOffice: "Nav Utland",
      address: { line: "Via Garibaldi 12", postalCode: "40124", city: "Bologna", country: "IT" },
      account: { kind: "FOREIGN", number: ibanFor("IT", "X0542811101000000123456"), bic: "BPMOIT22XXX", bankName: "Banco BPM", country: "IT", currency: "EUR" },
      pension: {
        startMonth: "2024-05",
        fullAmountAtStart: kr(7_350),
        drawGrades: [{ from: "2024-05", grade: 100 }],
        taxBases: taxBases("2024-01", { kind: "percent", percent: 15 }),
      },
    }),
    person({
      key: "guardian",
      situation: "Guardian (verge) for Arne Nilsen; no pension",
      givenName: "Hilde",
      familyName: "Lie",
      birthDate: "1966-04-03",
      eids: ["minid", "bankid"],
      maritalStatus: "MARRIED",
      navOffice: "Nav Oslo sentrum",
      address: { line: "Kirkeveien 64", postalCode: "0364", city: "Oslo", country: "NO" },
      account: account("1503224411"),
      // A guardianship decided by the county governor, with the scopes of the mandate (the bank account included).
      holds: [
        {
          for: "long-history",
          kind: "GUARDIAN",
          scopes: ["READ_PAYMENTS", "CHANGE_VOLUNTARY_TAX", "APPLY_DRAW_GRADE", "CHANGE_BANK_ACCOUNT", "MESSAGES", "CASES_LETTERS"],
          validFrom: "2025-05-15",
        },
      ],
    }),
  ];
}
