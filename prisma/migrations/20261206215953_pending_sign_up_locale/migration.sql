-- AlterTable
ALTER TABLE "PendingSignUp" ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'en-GB';
