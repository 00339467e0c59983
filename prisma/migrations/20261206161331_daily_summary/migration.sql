-- CreateTable
CREATE TABLE "DailySummary" (
    "userId" TEXT NOT NULL,
    "localDate" DATE NOT NULL,
    "checks" INTEGER NOT NULL,
    "painMax" SMALLINT NOT NULL,
    "painSum" INTEGER NOT NULL,
    "careChecks" INTEGER NOT NULL,

    CONSTRAINT "DailySummary_pkey" PRIMARY KEY ("userId","localDate")
);

-- CreateTable
CREATE TABLE "DailyObservationSummary" (
    "userId" TEXT NOT NULL,
    "localDate" DATE NOT NULL,
    "kind" "ObservationKind" NOT NULL,
    "foot" "Foot" NOT NULL,
    "region" "FootRegion" NOT NULL,
    "count" INTEGER NOT NULL,
    "painSum" INTEGER NOT NULL,
    "painCount" INTEGER NOT NULL,

    CONSTRAINT "DailyObservationSummary_pkey" PRIMARY KEY ("userId","localDate","kind","foot","region")
);

-- CreateTable
CREATE TABLE "DailyTemperatureSummary" (
    "userId" TEXT NOT NULL,
    "localDate" DATE NOT NULL,
    "site" "TemperatureSite" NOT NULL,
    "leftTenths" INTEGER NOT NULL,
    "leftCount" INTEGER NOT NULL,
    "rightTenths" INTEGER NOT NULL,
    "rightCount" INTEGER NOT NULL,
    "differenceTenths" INTEGER NOT NULL,
    "differenceCount" INTEGER NOT NULL,

    CONSTRAINT "DailyTemperatureSummary_pkey" PRIMARY KEY ("userId","localDate","site")
);

-- Backfill: every person's days so far, from their entries (lib/trends/daily-summary.ts keeps
-- them from here on, in the transaction of every entry write).
INSERT INTO "DailySummary" ("userId", "localDate", "checks", "painMax", "painSum", "careChecks")
SELECT "userId", "localDate", count(*), max("pain"), sum("pain"), count(*) FILTER (WHERE "careKind" <> 'NONE')
FROM "Entry" GROUP BY 1, 2;

INSERT INTO "DailyObservationSummary" ("userId", "localDate", "kind", "foot", "region", "count", "painSum", "painCount")
SELECT e."userId", e."localDate", o."kind", o."foot", o."region", count(*), coalesce(sum(o."pain"), 0), count(o."pain")
FROM "Entry" e JOIN "Observation" o ON o."entryId" = e."id"
GROUP BY 1, 2, 3, 4, 5;

INSERT INTO "DailyTemperatureSummary"
  ("userId", "localDate", "site", "leftTenths", "leftCount", "rightTenths", "rightCount", "differenceTenths", "differenceCount")
SELECT "userId", "localDate", "site", coalesce(sum(l), 0), count(l), coalesce(sum(r), 0), count(r), coalesce(sum(l - r), 0), count(l - r)
FROM (
  SELECT e."userId", e."localDate", t."site",
         (max(t."celsius") FILTER (WHERE t."foot" = 'LEFT') * 10)::int AS l, (max(t."celsius") FILTER (WHERE t."foot" = 'RIGHT') * 10)::int AS r
  FROM "Entry" e JOIN "TemperatureReading" t ON t."entryId" = e."id"
  GROUP BY e."id", 1, 2, 3
) pairs
GROUP BY 1, 2, 3;

-- CreateIndex
CREATE INDEX "DailySummary_userId_localDate_checks_painMax_painSum_careCh_idx" ON "DailySummary"("userId", "localDate", "checks", "painMax", "painSum", "careChecks");

-- CreateIndex
CREATE INDEX "DailyObservationSummary_userId_localDate_kind_foot_region_c_idx" ON "DailyObservationSummary"("userId", "localDate", "kind", "foot", "region", "count", "painSum", "painCount");

-- CreateIndex
CREATE INDEX "DailyTemperatureSummary_userId_localDate_site_leftTenths_le_idx" ON "DailyTemperatureSummary"("userId", "localDate", "site", "leftTenths", "leftCount", "rightTenths", "rightCount", "differenceTenths", "differenceCount");

-- AddForeignKey
ALTER TABLE "DailySummary" ADD CONSTRAINT "DailySummary_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DailyObservationSummary" ADD CONSTRAINT "DailyObservationSummary_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DailyTemperatureSummary" ADD CONSTRAINT "DailyTemperatureSummary_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
