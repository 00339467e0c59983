-- CreateEnum
CREATE TYPE "JournalRole" AS ENUM ('SEE', 'RECORD', 'REMINDERS');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "heldById" TEXT;

-- AlterTable
ALTER TABLE "Entry" ADD COLUMN     "createdById" TEXT,
ADD COLUMN     "updatedById" TEXT;

-- AlterTable
ALTER TABLE "Photo" ADD COLUMN     "createdById" TEXT;

-- AlterTable
ALTER TABLE "Reminder" ADD COLUMN     "createdById" TEXT,
ADD COLUMN     "recipientId" TEXT,
ADD COLUMN     "updatedById" TEXT;

-- AlterTable
ALTER TABLE "Appointment" ADD COLUMN     "createdById" TEXT,
ADD COLUMN     "updatedById" TEXT;

-- CreateTable
CREATE TABLE "JournalMember" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "role" "JournalRole" NOT NULL,
    "invitedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "JournalMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JournalInvitation" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" "JournalRole" NOT NULL,
    "handover" BOOLEAN NOT NULL DEFAULT false,
    "tokenHash" TEXT NOT NULL,
    "invitedById" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "acceptedById" TEXT,
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JournalInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JournalActivity" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "actorId" TEXT,
    "shareLinkId" TEXT,
    "action" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "subjectId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JournalActivity_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "JournalMember_memberId_idx" ON "JournalMember"("memberId");

-- CreateIndex
CREATE UNIQUE INDEX "JournalMember_userId_memberId_key" ON "JournalMember"("userId", "memberId");

-- CreateIndex
CREATE UNIQUE INDEX "JournalInvitation_tokenHash_key" ON "JournalInvitation"("tokenHash");

-- CreateIndex
CREATE INDEX "JournalInvitation_userId_createdAt_idx" ON "JournalInvitation"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "JournalActivity_userId_createdAt_idx" ON "JournalActivity"("userId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "JournalActivity_createdAt_idx" ON "JournalActivity"("createdAt");

-- CreateIndex
CREATE INDEX "User_heldById_idx" ON "User"("heldById");

-- CreateIndex
CREATE INDEX "Reminder_recipientId_idx" ON "Reminder"("recipientId");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_heldById_fkey" FOREIGN KEY ("heldById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JournalMember" ADD CONSTRAINT "JournalMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JournalMember" ADD CONSTRAINT "JournalMember_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JournalInvitation" ADD CONSTRAINT "JournalInvitation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JournalActivity" ADD CONSTRAINT "JournalActivity_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Entry" ADD CONSTRAINT "Entry_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Entry" ADD CONSTRAINT "Entry_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Photo" ADD CONSTRAINT "Photo_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reminder" ADD CONSTRAINT "Reminder_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reminder" ADD CONSTRAINT "Reminder_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reminder" ADD CONSTRAINT "Reminder_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Rows made before attribution were made by their owner.
UPDATE "Entry" SET "createdById" = "userId", "updatedById" = "userId";
UPDATE "Photo" SET "createdById" = "userId";
UPDATE "Reminder" SET "createdById" = "userId", "updatedById" = "userId";
UPDATE "Appointment" SET "createdById" = "userId", "updatedById" = "userId";

-- The activity list is append-only (docs/decisions/0061): no UPDATE ever; DELETE only by the
-- retention purge (which sets footnote.activity_purge for its transaction) or when the journal's
-- owner is already gone (their account's deletion cascading).
CREATE FUNCTION "journal_activity_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND (
    current_setting('footnote.activity_purge', true) = 'on'
    OR NOT EXISTS (SELECT 1 FROM "User" WHERE "id" = OLD."userId")
  ) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'the activity list is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER "journal_activity_append_only"
  BEFORE UPDATE OR DELETE ON "JournalActivity"
  FOR EACH ROW EXECUTE FUNCTION "journal_activity_append_only"();

-- A row written without saying who wrote it was written by the journal's owner; createdById is
-- null only once a carer's account is gone ("a former carer").
CREATE FUNCTION "attribute_to_owner"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."createdById" := COALESCE(NEW."createdById", NEW."userId");
  RETURN NEW;
END
$$;

CREATE TRIGGER "entry_attribute_to_owner" BEFORE INSERT ON "Entry" FOR EACH ROW EXECUTE FUNCTION "attribute_to_owner"();
CREATE TRIGGER "photo_attribute_to_owner" BEFORE INSERT ON "Photo" FOR EACH ROW EXECUTE FUNCTION "attribute_to_owner"();
CREATE TRIGGER "reminder_attribute_to_owner" BEFORE INSERT ON "Reminder" FOR EACH ROW EXECUTE FUNCTION "attribute_to_owner"();
CREATE TRIGGER "appointment_attribute_to_owner" BEFORE INSERT ON "Appointment" FOR EACH ROW EXECUTE FUNCTION "attribute_to_owner"();
