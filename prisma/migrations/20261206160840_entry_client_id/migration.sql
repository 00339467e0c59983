-- AlterTable
ALTER TABLE "Entry" ADD COLUMN     "clientId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Entry_userId_clientId_key" ON "Entry"("userId", "clientId");
