-- CreateEnum
CREATE TYPE "Condition" AS ENUM ('DIABETES', 'CIRCULATION', 'NEUROPATHY', 'ARTHRITIS', 'FIBROMYALGIA', 'OTHER');

-- CreateEnum
CREATE TYPE "Foot" AS ENUM ('LEFT', 'RIGHT');

-- CreateEnum
CREATE TYPE "FootRegion" AS ENUM ('TOES', 'TOENAILS', 'BETWEEN_TOES', 'BALL', 'ARCH', 'HEEL', 'TOP', 'INNER_SIDE', 'OUTER_SIDE', 'ANKLE');

-- CreateEnum
CREATE TYPE "ObservationKind" AS ENUM ('REDNESS', 'SWELLING', 'WARMTH', 'COLOUR_CHANGE', 'YELLOWISH_TOENAIL', 'THICKENED_NAIL', 'INGROWN_NAIL', 'DRY_SKIN', 'FLAKY_SKIN', 'CRACKED_SKIN', 'BURNING', 'ITCHING', 'BLISTER', 'CALLUS', 'CORN', 'BUNION', 'CUT_OR_WOUND', 'OPEN_SORE', 'NUMBNESS', 'TINGLING', 'COLD_FOOT', 'OTHER');

-- CreateEnum
CREATE TYPE "CareKind" AS ENUM ('NONE', 'SELF', 'PARTNER', 'PROFESSIONAL');

-- CreateTable
CREATE TABLE "HealthProfile" (
    "userId" TEXT NOT NULL,
    "conditions" "Condition"[],
    "otherCondition" TEXT NOT NULL DEFAULT '',
    "surgeryDate" DATE,
    "massageCleared" BOOLEAN NOT NULL DEFAULT false,
    "iwgdfRisk" SMALLINT,
    "clinicianName" TEXT NOT NULL DEFAULT '',
    "clinicianContact" TEXT NOT NULL DEFAULT '',
    "dateOfBirth" DATE,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HealthProfile_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "Entry" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL,
    "localDate" DATE NOT NULL,
    "timeZone" TEXT NOT NULL,
    "pain" SMALLINT NOT NULL,
    "fatigue" SMALLINT,
    "careKind" "CareKind" NOT NULL DEFAULT 'NONE',
    "careMinutes" SMALLINT,
    "lotionUsed" BOOLEAN NOT NULL DEFAULT false,
    "leftTempC" DECIMAL(4,1),
    "rightTempC" DECIMAL(4,1),
    "notes" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Entry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Observation" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "position" SMALLINT NOT NULL,
    "foot" "Foot" NOT NULL,
    "region" "FootRegion" NOT NULL,
    "kind" "ObservationKind" NOT NULL,
    "customKind" TEXT NOT NULL DEFAULT '',
    "pain" SMALLINT,
    "note" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "Observation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Photo" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "entryId" TEXT,
    "storageKey" TEXT NOT NULL,
    "thumbnailKey" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "bytes" INTEGER NOT NULL,
    "foot" "Foot",
    "region" "FootRegion",
    "caption" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Photo_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Entry_userId_localDate_recordedAt_idx" ON "Entry"("userId", "localDate" DESC, "recordedAt" DESC);

-- CreateIndex
CREATE INDEX "Entry_userId_recordedAt_idx" ON "Entry"("userId", "recordedAt");

-- CreateIndex
CREATE INDEX "Observation_entryId_idx" ON "Observation"("entryId");

-- CreateIndex
CREATE INDEX "Observation_userId_foot_region_idx" ON "Observation"("userId", "foot", "region");

-- CreateIndex
CREATE INDEX "Observation_userId_kind_idx" ON "Observation"("userId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "Photo_storageKey_key" ON "Photo"("storageKey");

-- CreateIndex
CREATE UNIQUE INDEX "Photo_thumbnailKey_key" ON "Photo"("thumbnailKey");

-- CreateIndex
CREATE INDEX "Photo_entryId_idx" ON "Photo"("entryId");

-- CreateIndex
CREATE INDEX "Photo_userId_foot_region_createdAt_idx" ON "Photo"("userId", "foot", "region", "createdAt");

-- CreateIndex
CREATE INDEX "Photo_userId_entryId_createdAt_idx" ON "Photo"("userId", "entryId", "createdAt");

-- AddForeignKey
ALTER TABLE "HealthProfile" ADD CONSTRAINT "HealthProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Entry" ADD CONSTRAINT "Entry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Photo" ADD CONSTRAINT "Photo_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Photo" ADD CONSTRAINT "Photo_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE SET NULL ON UPDATE CASCADE;
