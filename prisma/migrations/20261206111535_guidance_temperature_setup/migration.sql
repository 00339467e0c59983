-- CreateEnum
CREATE TYPE "TemperatureSite" AS ENUM ('HALLUX', 'FIRST_METATARSAL_HEAD', 'THIRD_METATARSAL_HEAD', 'FIFTH_METATARSAL_HEAD', 'MIDFOOT', 'HEEL', 'UNRECORDED');

-- AlterEnum
ALTER TYPE "ReminderKind" ADD VALUE 'TEMPERATURE_CHECK';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "setupDoneAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "HealthProfile" ADD COLUMN     "professionalCheckOptedInAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Observation" ADD COLUMN     "healedAt" TIMESTAMP(3),
ADD COLUMN     "healedById" TEXT;

-- CreateTable
CREATE TABLE "TemperatureReading" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "foot" "Foot" NOT NULL,
    "site" "TemperatureSite" NOT NULL,
    "celsius" DECIMAL(4,1) NOT NULL,

    CONSTRAINT "TemperatureReading_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TemperatureReading_userId_entryId_idx" ON "TemperatureReading"("userId", "entryId");

-- CreateIndex
CREATE UNIQUE INDEX "TemperatureReading_entryId_foot_site_key" ON "TemperatureReading"("entryId", "foot", "site");

-- AddForeignKey
ALTER TABLE "TemperatureReading" ADD CONSTRAINT "TemperatureReading_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TemperatureReading" ADD CONSTRAINT "TemperatureReading_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Keep the one-number-per-foot readings made before the six spots: each becomes a reading at the
-- UNRECORDED spot of its foot, shown wherever readings are (docs/decisions/0051).
INSERT INTO "TemperatureReading" ("id", "userId", "entryId", "foot", "site", "celsius")
SELECT gen_random_uuid()::text, "userId", "id", 'LEFT'::"Foot", 'UNRECORDED'::"TemperatureSite", "leftTempC" FROM "Entry" WHERE "leftTempC" IS NOT NULL
UNION ALL
SELECT gen_random_uuid()::text, "userId", "id", 'RIGHT'::"Foot", 'UNRECORDED'::"TemperatureSite", "rightTempC" FROM "Entry" WHERE "rightTempC" IS NOT NULL;

-- AlterTable
ALTER TABLE "Entry" DROP COLUMN "leftTempC",
DROP COLUMN "rightTempC";
