-- DropForeignKey
ALTER TABLE "WeeklyTemperatureSummary" DROP CONSTRAINT "WeeklyTemperatureSummary_userId_fkey";

-- DropTable
DROP TABLE "WeeklyTemperatureSummary";

-- CreateTable
CREATE TABLE "MonthlyTemperatureSummary" (
    "userId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "site" "TemperatureSite" NOT NULL,
    "leftTenths" INTEGER NOT NULL,
    "leftCount" INTEGER NOT NULL,
    "rightTenths" INTEGER NOT NULL,
    "rightCount" INTEGER NOT NULL,
    "differenceTenths" INTEGER NOT NULL,
    "differenceCount" INTEGER NOT NULL,

    CONSTRAINT "MonthlyTemperatureSummary_pkey" PRIMARY KEY ("userId","month","site")
);

-- CreateIndex
CREATE INDEX "MonthlyTemperatureSummary_userId_month_site_leftTenths_left_idx" ON "MonthlyTemperatureSummary"("userId", "month", "site", "leftTenths", "leftCount", "rightTenths", "rightCount", "differenceTenths", "differenceCount");

-- AddForeignKey
ALTER TABLE "MonthlyTemperatureSummary" ADD CONSTRAINT "MonthlyTemperatureSummary_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill from the daily summary (the same aggregate as lib/trends/period-summary.ts).
INSERT INTO "MonthlyTemperatureSummary" ("userId", "month", "site", "leftTenths", "leftCount", "rightTenths", "rightCount", "differenceTenths", "differenceCount")
SELECT "userId", date_trunc('month', "localDate"::timestamp)::date, "site", sum("leftTenths"), sum("leftCount"), sum("rightTenths"), sum("rightCount"), sum("differenceTenths"), sum("differenceCount")
FROM "DailyTemperatureSummary" GROUP BY 1, 2, 3;
