import { ButtonLink } from "@/app/_components/button";
import { SETUP_STEP_LABELS, SETUP_STEPS } from "@/lib/setup/schemas";
import type { SetupProgress } from "@/lib/setup/setup";
import { PutSetupAside } from "./put-setup-aside";

/** Offered until the first-run setup is finished or put aside: what is done, and where to go on. */
export function SetupCard({ progress }: { progress: SetupProgress }) {
  const next = SETUP_STEPS.find((step) => !progress.steps[step]) ?? "helper";
  const done = SETUP_STEPS.filter((step) => progress.steps[step]).length;
  return (
    <section aria-labelledby="setup-heading" className="flex flex-col items-start gap-3 rounded-lg border-2 border-brand-600 bg-brand-50 p-5">
      <h2 id="setup-heading" className="text-2xl font-bold">
        Set up Footnote for you
      </h2>
      <p className="text-lg">
        A few questions change the guidance you get and when you are reminded — {done} of {SETUP_STEPS.length} done.
      </p>
      <ol className="flex list-decimal flex-col gap-1 pl-6">
        {SETUP_STEPS.map((step) => (
          <li key={step}>
            {SETUP_STEP_LABELS[step]}
            {progress.steps[step] ? <span className="font-semibold"> — done</span> : null}
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap items-start gap-3">
        <ButtonLink href={`/welcome?step=${next}`}>{done === 0 ? "Start setting up" : "Continue setting up"}</ButtonLink>
        <PutSetupAside />
      </div>
    </section>
  );
}
