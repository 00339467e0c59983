import { getCurrentUser } from "@/lib/auth/current-user";
import { ButtonLink } from "./_components/button";

const FOR_WHOM = [
  { title: "Diabetes or circulation concerns", text: "Check your feet every day as your care team advises, and notice changes early." },
  { title: "Arthritis, fibromyalgia or chronic foot pain", text: "See how pain moves over weeks and months, and what helps." },
  { title: "Healing after foot surgery", text: "Keep a dated record with photos of the same spot, to show at follow-up visits." },
  { title: "Carers", text: "Keep the record for someone you look after, in one calm place." },
];

export default async function LandingPage() {
  const user = await getCurrentUser();
  return (
    <main id="main" className="mx-auto flex w-full max-w-4xl flex-col gap-10 px-4 py-10">
      <header className="flex flex-wrap items-center justify-between gap-4">
        <span className="text-2xl font-bold text-brand-700">Footnote</span>
        <nav aria-label="Account" className="flex flex-wrap gap-3">
          {user ? (
            <ButtonLink href="/today">Open my journal</ButtonLink>
          ) : (
            <>
              <ButtonLink href="/sign-in" variant="secondary">
                Sign in
              </ButtonLink>
              <ButtonLink href="/sign-up">Create an account</ButtonLink>
            </>
          )}
        </nav>
      </header>

      <section aria-labelledby="what" className="flex flex-col gap-4">
        <h1 id="what" className="text-4xl font-bold leading-tight">
          A journal for your feet, and a clear report for your doctor.
        </h1>
        <p className="text-xl text-slate-700">
          Write down what you see and feel each day — where, how much it hurts, with photos. Footnote shows how things change, reminds you to check,
          and prints a report to bring to your appointment.
        </p>
      </section>

      <section aria-labelledby="who" className="flex flex-col gap-4">
        <h2 id="who" className="text-2xl font-bold">
          Who it is for
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2">
          {FOR_WHOM.map((item) => (
            <li key={item.title} className="rounded-lg border border-slate-300 bg-white p-5">
              <h3 className="text-lg font-bold">{item.title}</h3>
              <p className="text-slate-700">{item.text}</p>
            </li>
          ))}
        </ul>
      </section>

      <p className="rounded-md border-l-4 border-amber-600 bg-amber-50 p-4 text-slate-800">
        Footnote shares general foot-care information. It is not medical advice and does not diagnose. If something worries you, contact your doctor or
        foot clinic.
      </p>
    </main>
  );
}
