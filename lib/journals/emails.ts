import { composeMail } from "../mail/compose";
import { ROLE_LABELS, type JournalRole } from "./policy";

export function invitationEmail(input: { inviterName: string; journalName: string; ownJournal: boolean; role: JournalRole; url: string }) {
  const whose = input.ownJournal ? `their foot health journal` : `${input.journalName}'s foot health journal`;
  const role = ROLE_LABELS[input.role];
  return composeMail(`${input.inviterName} invited you to help with ${input.ownJournal ? "their" : `${input.journalName}'s`} Footnote journal`, "Hello,", [
    { paragraph: `${input.inviterName} would like you to help with ${whose} on Footnote. You would be able to ${role.allows.replace(/^also /, "see the journal, trends and report, and ")}.` },
    { button: { label: "See the invitation", url: input.url } },
    { paragraph: "Sign in, or create a free account with this email address, to accept it. The link works once and for the next 7 days." },
    { note: "If you were not expecting this, you can ignore this email: nothing happens without the link." },
  ]);
}

export function handoverEmail(input: { holderName: string; journalName: string; url: string }) {
  return composeMail(`${input.holderName} is handing your foot health journal to you`, `Hello ${input.journalName},`, [
    { paragraph: `${input.holderName} has kept a foot health journal for you on Footnote. You can now take it over: it becomes yours, with every check and photo in it, and ${input.holderName} keeps helping with it.` },
    { button: { label: "Take over my journal", url: input.url } },
    { paragraph: "Sign in, or create a free account with this email address, to accept. The link works once and for the next 7 days." },
    { note: "If you were not expecting this, you can ignore this email." },
  ]);
}

export function accessRemovedEmail(input: { carerName: string; journalName: string }) {
  return composeMail(`You no longer help with ${input.journalName}'s Footnote journal`, `Hello ${input.carerName},`, [
    { paragraph: `${input.journalName} has ended your access to their foot health journal. Your own Footnote account and journal are unchanged, and the reminders you set about them have stopped.` },
  ]);
}

export function carerLeftEmail(input: { ownerName: string; carerName: string; deleted: boolean }) {
  return composeMail(`${input.carerName} no longer helps with your Footnote journal`, `Hello ${input.ownerName},`, [
    {
      paragraph: input.deleted
        ? `${input.carerName} deleted their Footnote account, so they no longer have access to your journal. What they recorded stays in it, shown as recorded by a former carer.`
        : `${input.carerName} stopped helping with your foot health journal and no longer has access to it. What they recorded stays in it.`,
    },
    { note: "You can invite someone else from Settings → People who help." },
  ]);
}

export function journalClosedEmail(input: { carerName: string; journalName: string }) {
  return composeMail(`${input.journalName}'s Footnote journal was deleted`, `Hello ${input.carerName},`, [
    { paragraph: `${input.journalName} deleted their Footnote account, so their journal, and your access to it, are gone. Your own Footnote account is unchanged.` },
  ]);
}
