-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "MaritalStatus" AS ENUM ('UNMARRIED', 'MARRIED', 'COHABITANT', 'WIDOWED', 'DIVORCED');

-- CreateEnum
CREATE TYPE "PensionType" AS ENUM ('ALDERSPENSJON', 'AFP_PRIVAT');

-- CreateEnum
CREATE TYPE "PaymentLineType" AS ENUM ('PENSION', 'SUPPLEMENT', 'BACK_PAY', 'TAX', 'VOLUNTARY_TAX', 'DEDUCTION');

-- CreateEnum
CREATE TYPE "TaxCardKind" AS ENUM ('TABLE', 'PERCENT', 'FLAT');

-- CreateEnum
CREATE TYPE "AccountKind" AS ENUM ('NORWEGIAN', 'FOREIGN');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('RECEIVED', 'UNDER_REVIEW', 'DECIDED', 'CLOSED');

-- CreateEnum
CREATE TYPE "MessageChannel" AS ENUM ('WRITE_TO_US', 'CHATBOT', 'CHAT_ADVISOR', 'NOTICE');

-- CreateEnum
CREATE TYPE "ConsentPurpose" AS ENUM ('USER_RESEARCH', 'INSURANCE_DISCLOSURE', 'DIGITAL_LIFE_CERTIFICATE');

-- CreateEnum
CREATE TYPE "ConsentAction" AS ENUM ('GRANTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "InstitutionKind" AS ENUM ('CARE_HOME', 'HOSPITAL', 'PSYCHIATRIC', 'PRISON');

-- CreateEnum
CREATE TYPE "ActorKind" AS ENUM ('SELF', 'REPRESENTATIVE', 'CASEWORKER', 'SYSTEM');

-- CreateTable
CREATE TABLE "Person" (
    "id" UUID NOT NULL,
    "fnr" CHAR(11) NOT NULL,
    "givenName" TEXT NOT NULL,
    "familyName" TEXT NOT NULL,
    "birthDate" DATE NOT NULL,
    "deathDate" DATE,
    "maritalStatus" "MaritalStatus" NOT NULL,
    "preferredLanguage" TEXT NOT NULL DEFAULT 'nb',
    "email" TEXT,
    "phone" TEXT,
    "addressLine" TEXT NOT NULL,
    "postalCode" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "countryCode" CHAR(2) NOT NULL,
    "navOffice" TEXT NOT NULL,
    "eids" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Pension" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "type" "PensionType" NOT NULL,
    "startMonth" CHAR(7) NOT NULL,
    "fullAmountAtStartOre" INTEGER NOT NULL,
    "supplementAtStartOre" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Pension_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DrawGradePeriod" (
    "id" UUID NOT NULL,
    "pensionId" UUID NOT NULL,
    "fromMonth" CHAR(7) NOT NULL,
    "grade" INTEGER NOT NULL,
    "caseId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DrawGradePeriod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "pensionId" UUID NOT NULL,
    "periodMonth" CHAR(7) NOT NULL,
    "paymentDate" DATE NOT NULL,
    "estimatedDate" BOOLEAN NOT NULL,
    "bankAccountId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaymentLine" (
    "id" UUID NOT NULL,
    "paymentId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "type" "PaymentLineType" NOT NULL,
    "code" TEXT NOT NULL,
    "amountOre" INTEGER NOT NULL,
    "forMonth" CHAR(7),
    "recipient" TEXT,
    "taxBasis" TEXT,

    CONSTRAINT "PaymentLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaxCard" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" "TaxCardKind" NOT NULL,
    "tableNumber" TEXT,
    "percent" DECIMAL(4,1),
    "fetchedAt" TIMESTAMP(3) NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'Skatteetaten',

    CONSTRAINT "TaxCard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VoluntaryTax" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "amountOre" INTEGER,
    "percent" DECIMAL(4,1),
    "fromMonth" CHAR(7) NOT NULL,
    "toMonth" CHAR(7),
    "caseId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VoluntaryTax_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BankAccount" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "kind" "AccountKind" NOT NULL,
    "accountNumber" TEXT NOT NULL,
    "bic" TEXT,
    "bankName" TEXT,
    "countryCode" CHAR(2) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,
    "caseId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BankAccount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Case" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "status" "CaseStatus" NOT NULL,
    "idempotencyKey" TEXT,
    "submittedById" UUID,
    "answerDeadline" DATE,
    "payload" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "Case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseEvent" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "actor" TEXT NOT NULL,

    CONSTRAINT "CaseEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Letter" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "caseId" UUID,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "automated" BOOLEAN NOT NULL DEFAULT false,
    "archived" BOOLEAN NOT NULL DEFAULT true,
    "sentAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Letter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Message" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "channel" "MessageChannel" NOT NULL,
    "fromNav" BOOLEAN NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "readAt" TIMESTAMP(3),
    "deleteAfter" TIMESTAMP(3),

    CONSTRAINT "Message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsentEvent" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "purpose" "ConsentPurpose" NOT NULL,
    "action" "ConsentAction" NOT NULL,
    "textVersion" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "counterparty" TEXT,

    CONSTRAINT "ConsentEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InstitutionStay" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "kind" "InstitutionKind" NOT NULL,
    "name" TEXT NOT NULL,
    "municipality" TEXT,
    "fromDate" DATE NOT NULL,
    "toDate" DATE,

    CONSTRAINT "InstitutionStay_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PowerOfAttorney" (
    "id" UUID NOT NULL,
    "grantorId" UUID NOT NULL,
    "attorneyId" UUID NOT NULL,
    "scope" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'POWER_OF_ATTORNEY',
    "validFrom" DATE NOT NULL,
    "validTo" DATE,

    CONSTRAINT "PowerOfAttorney_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccessLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "subjectId" UUID NOT NULL,
    "actorKind" "ActorKind" NOT NULL,
    "actorPersonId" UUID,
    "actorLabel" TEXT,
    "dataKind" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,

    CONSTRAINT "AccessLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuthSession" (
    "id" TEXT NOT NULL,
    "personId" UUID NOT NULL,
    "acr" TEXT NOT NULL,
    "amr" TEXT,
    "idpSid" TEXT,
    "idTokenHint" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "AuthSession_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Person_fnr_key" ON "Person"("fnr");

-- CreateIndex
CREATE INDEX "Pension_personId_idx" ON "Pension"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "DrawGradePeriod_pensionId_fromMonth_key" ON "DrawGradePeriod"("pensionId", "fromMonth");

-- CreateIndex
CREATE INDEX "Payment_personId_paymentDate_idx" ON "Payment"("personId", "paymentDate" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Payment_pensionId_periodMonth_key" ON "Payment"("pensionId", "periodMonth");

-- CreateIndex
CREATE UNIQUE INDEX "PaymentLine_paymentId_position_key" ON "PaymentLine"("paymentId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "TaxCard_personId_year_key" ON "TaxCard"("personId", "year");

-- CreateIndex
CREATE INDEX "VoluntaryTax_personId_idx" ON "VoluntaryTax"("personId");

-- CreateIndex
CREATE INDEX "BankAccount_personId_idx" ON "BankAccount"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "Case_idempotencyKey_key" ON "Case"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Case_personId_createdAt_idx" ON "Case"("personId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "CaseEvent_caseId_at_idx" ON "CaseEvent"("caseId", "at");

-- CreateIndex
CREATE INDEX "Letter_personId_sentAt_idx" ON "Letter"("personId", "sentAt" DESC);

-- CreateIndex
CREATE INDEX "Message_personId_createdAt_idx" ON "Message"("personId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "ConsentEvent_personId_purpose_at_idx" ON "ConsentEvent"("personId", "purpose", "at");

-- CreateIndex
CREATE INDEX "PowerOfAttorney_attorneyId_idx" ON "PowerOfAttorney"("attorneyId");

-- CreateIndex
CREATE INDEX "PowerOfAttorney_grantorId_idx" ON "PowerOfAttorney"("grantorId");

-- CreateIndex
CREATE INDEX "AccessLog_subjectId_at_idx" ON "AccessLog"("subjectId", "at" DESC);

-- CreateIndex
CREATE INDEX "AuthSession_idpSid_idx" ON "AuthSession"("idpSid");

-- AddForeignKey
ALTER TABLE "Pension" ADD CONSTRAINT "Pension_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DrawGradePeriod" ADD CONSTRAINT "DrawGradePeriod_pensionId_fkey" FOREIGN KEY ("pensionId") REFERENCES "Pension"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_pensionId_fkey" FOREIGN KEY ("pensionId") REFERENCES "Pension"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_bankAccountId_fkey" FOREIGN KEY ("bankAccountId") REFERENCES "BankAccount"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentLine" ADD CONSTRAINT "PaymentLine_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaxCard" ADD CONSTRAINT "TaxCard_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoluntaryTax" ADD CONSTRAINT "VoluntaryTax_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BankAccount" ADD CONSTRAINT "BankAccount_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEvent" ADD CONSTRAINT "CaseEvent_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Letter" ADD CONSTRAINT "Letter_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Letter" ADD CONSTRAINT "Letter_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentEvent" ADD CONSTRAINT "ConsentEvent_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InstitutionStay" ADD CONSTRAINT "InstitutionStay_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PowerOfAttorney" ADD CONSTRAINT "PowerOfAttorney_grantorId_fkey" FOREIGN KEY ("grantorId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PowerOfAttorney" ADD CONSTRAINT "PowerOfAttorney_attorneyId_fkey" FOREIGN KEY ("attorneyId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthSession" ADD CONSTRAINT "AuthSession_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The access log is append-only: the portal's own database user cannot change history.
CREATE FUNCTION access_log_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'AccessLog is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER access_log_no_update_delete
  BEFORE UPDATE OR DELETE ON "AccessLog"
  FOR EACH ROW EXECUTE FUNCTION access_log_append_only();

CREATE TRIGGER access_log_no_truncate
  BEFORE TRUNCATE ON "AccessLog"
  FOR EACH STATEMENT EXECUTE FUNCTION access_log_append_only();
