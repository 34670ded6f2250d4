-- CreateTable
CREATE TABLE "LifeCertificate" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "confirmedAt" TIMESTAMP(3) NOT NULL,
    "method" TEXT NOT NULL,

    CONSTRAINT "LifeCertificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PageViewCount" (
    "day" DATE NOT NULL,
    "path" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PageViewCount_pkey" PRIMARY KEY ("day","path")
);

-- CreateIndex
CREATE INDEX "LifeCertificate_personId_idx" ON "LifeCertificate"("personId");

-- AddForeignKey
ALTER TABLE "LifeCertificate" ADD CONSTRAINT "LifeCertificate_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

