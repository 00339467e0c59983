-- CreateIndex
CREATE INDEX "Observation_userId_entryId_idx" ON "Observation"("userId", "entryId");
