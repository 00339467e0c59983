import { InviteForm } from "../settings/_carers/carers-section";
import { FinishSetupButton } from "./finish-setup-button";

/** Step three: someone who helps. An invitation by email, with a say on what they may do; or skip it. */
export function HelperStep() {
  return (
    <section aria-labelledby="helper-heading" className="flex flex-col gap-4 rounded-lg border border-slate-300 bg-white p-5">
      <h2 id="helper-heading" className="text-2xl font-bold">
        Does someone help with your feet?
      </h2>
      <p>
        A partner, a family member or a carer who checks your feet or reminds you can be a great help. Invite them to your journal: to see it, to record a check for you, or to help
        with reminders. You can change what they may do, or end it, at any time in Settings.
      </p>
      <InviteForm id="welcome" />
      <p>You can also share a report with anyone — your clinician too — from the Report page: a read-only link that you can end at any time.</p>
      <FinishSetupButton />
    </section>
  );
}
