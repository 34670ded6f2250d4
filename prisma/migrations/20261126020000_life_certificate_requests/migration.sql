-- CreateEnum
CREATE TYPE "LifeCertificateStatus" AS ENUM ('REQUESTED', 'RECEIVED', 'APPROVED');

-- CreateTable
CREATE TABLE "LifeCertificateRequest" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL,
    "dueBy" DATE NOT NULL,
    "status" "LifeCertificateStatus" NOT NULL DEFAULT 'REQUESTED',
    "receivedAt" TIMESTAMP(3),
    "method" TEXT,
    "verificationId" TEXT,

    CONSTRAINT "LifeCertificateRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LifeCertificateRequest_verificationId_key" ON "LifeCertificateRequest"("verificationId");

-- CreateIndex
CREATE INDEX "LifeCertificateRequest_personId_idx" ON "LifeCertificateRequest"("personId");

-- AddForeignKey
ALTER TABLE "LifeCertificateRequest" ADD CONSTRAINT "LifeCertificateRequest_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

