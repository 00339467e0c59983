-- CreateTable
CREATE TABLE "MonthlyObservationSummary" (
    "userId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "kind" "ObservationKind" NOT NULL,
    "foot" "Foot" NOT NULL,
    "region" "FootRegion" NOT NULL,
    "days" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,
    "painSum" INTEGER NOT NULL,
    "painCount" INTEGER NOT NULL,

    CONSTRAINT "MonthlyObservationSummary_pkey" PRIMARY KEY ("userId","month","kind","foot","region")
);

-- CreateTable
CREATE TABLE "MonthlyKindSummary" (
    "userId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "kind" "ObservationKind" NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "MonthlyKindSummary_pkey" PRIMARY KEY ("userId","month","kind")
);

-- CreateTable
CREATE TABLE "MonthlyPlaceSummary" (
    "userId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "foot" "Foot" NOT NULL,
    "region" "FootRegion" NOT NULL,
    "days" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,
    "painSum" INTEGER NOT NULL,
    "painCount" INTEGER NOT NULL,

    CONSTRAINT "MonthlyPlaceSummary_pkey" PRIMARY KEY ("userId","month","foot","region")
);

-- CreateTable
CREATE TABLE "WeeklyTemperatureSummary" (
    "userId" TEXT NOT NULL,
    "week" DATE NOT NULL,
    "site" "TemperatureSite" NOT NULL,
    "leftTenths" INTEGER NOT NULL,
    "leftCount" INTEGER NOT NULL,
    "rightTenths" INTEGER NOT NULL,
    "rightCount" INTEGER NOT NULL,
    "differenceTenths" INTEGER NOT NULL,
    "differenceCount" INTEGER NOT NULL,

    CONSTRAINT "WeeklyTemperatureSummary_pkey" PRIMARY KEY ("userId","week","site")
);

-- CreateIndex
CREATE INDEX "MonthlyObservationSummary_userId_month_kind_foot_region_day_idx" ON "MonthlyObservationSummary"("userId", "month", "kind", "foot", "region", "days", "count", "painSum", "painCount");

-- CreateIndex
CREATE INDEX "MonthlyKindSummary_userId_month_kind_count_idx" ON "MonthlyKindSummary"("userId", "month", "kind", "count");

-- CreateIndex
CREATE INDEX "MonthlyPlaceSummary_userId_month_foot_region_days_count_pai_idx" ON "MonthlyPlaceSummary"("userId", "month", "foot", "region", "days", "count", "painSum", "painCount");

-- CreateIndex
CREATE INDEX "WeeklyTemperatureSummary_userId_week_site_leftTenths_leftCo_idx" ON "WeeklyTemperatureSummary"("userId", "week", "site", "leftTenths", "leftCount", "rightTenths", "rightCount", "differenceTenths", "differenceCount");

-- AddForeignKey
ALTER TABLE "MonthlyObservationSummary" ADD CONSTRAINT "MonthlyObservationSummary_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonthlyKindSummary" ADD CONSTRAINT "MonthlyKindSummary_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonthlyPlaceSummary" ADD CONSTRAINT "MonthlyPlaceSummary_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WeeklyTemperatureSummary" ADD CONSTRAINT "WeeklyTemperatureSummary_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill from the daily summaries (the same aggregates as lib/trends/period-summary.ts).
INSERT INTO "MonthlyObservationSummary" ("userId", "month", "kind", "foot", "region", "days", "count", "painSum", "painCount")
SELECT "userId", date_trunc('month', "localDate"::timestamp)::date, "kind", "foot", "region", count(*), sum("count"), sum("painSum"), sum("painCount")
FROM "DailyObservationSummary" GROUP BY 1, 2, 3, 4, 5;

INSERT INTO "MonthlyPlaceSummary" ("userId", "month", "foot", "region", "days", "count", "painSum", "painCount")
SELECT "userId", date_trunc('month', "localDate"::timestamp)::date, "foot", "region", count(DISTINCT "localDate"), sum("count"), sum("painSum"), sum("painCount")
FROM "DailyObservationSummary" GROUP BY 1, 2, 3, 4;

INSERT INTO "WeeklyTemperatureSummary" ("userId", "week", "site", "leftTenths", "leftCount", "rightTenths", "rightCount", "differenceTenths", "differenceCount")
SELECT "userId", date_trunc('week', "localDate"::timestamp)::date, "site", sum("leftTenths"), sum("leftCount"), sum("rightTenths"), sum("rightCount"), sum("differenceTenths"), sum("differenceCount")
FROM "DailyTemperatureSummary" GROUP BY 1, 2, 3;

INSERT INTO "MonthlyKindSummary" ("userId", "month", "kind", "count")
SELECT "userId", date_trunc('month', "localDate"::timestamp)::date, "kind", sum("count")
FROM "DailyObservationSummary" GROUP BY 1, 2, 3;
