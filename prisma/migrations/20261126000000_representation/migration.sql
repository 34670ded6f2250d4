-- Representation: powers get separate scopes, a kind, and can be revoked; a session can act for someone.

CREATE TYPE "RepresentationScope" AS ENUM ('READ_PAYMENTS', 'CHANGE_VOLUNTARY_TAX', 'APPLY_DRAW_GRADE', 'CHANGE_BANK_ACCOUNT', 'MESSAGES', 'CASES_LETTERS');

CREATE TYPE "PowerKind" AS ENUM ('POWER_OF_ATTORNEY', 'GUARDIAN');

ALTER TABLE "PowerOfAttorney"
ADD COLUMN "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN "revokedAt" TIMESTAMP(3),
ADD COLUMN "scopes" "RepresentationScope"[] NOT NULL DEFAULT ARRAY[]::"RepresentationScope"[];

-- The old free-text scope carried over: "FULL" meant everything except the bank account (a right
-- that must be named on its own), "READ" meant reading payments, cases and letters.
UPDATE "PowerOfAttorney" SET "scopes" = CASE "scope"
  WHEN 'FULL' THEN ARRAY['READ_PAYMENTS', 'CHANGE_VOLUNTARY_TAX', 'APPLY_DRAW_GRADE', 'MESSAGES', 'CASES_LETTERS']::"RepresentationScope"[]
  WHEN 'READ' THEN ARRAY['READ_PAYMENTS', 'CASES_LETTERS']::"RepresentationScope"[]
  ELSE ARRAY[]::"RepresentationScope"[] END;

ALTER TABLE "PowerOfAttorney" DROP COLUMN "scope";
ALTER TABLE "PowerOfAttorney" ALTER COLUMN "kind" DROP DEFAULT;
ALTER TABLE "PowerOfAttorney" ALTER COLUMN "kind" TYPE "PowerKind" USING (CASE WHEN "kind" = 'GUARDIAN' THEN 'GUARDIAN' ELSE 'POWER_OF_ATTORNEY' END)::"PowerKind";
ALTER TABLE "PowerOfAttorney" ALTER COLUMN "kind" SET DEFAULT 'POWER_OF_ATTORNEY';

ALTER TABLE "AuthSession" ADD COLUMN "actingForId" UUID,
ADD COLUMN "mustChoose" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN "holdsPowers" BOOLEAN NOT NULL DEFAULT false;
