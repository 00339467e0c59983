import { NOT_MEDICAL_ADVICE, type Advice } from "@/lib/advice/rules";

const LEVELS = {
  urgent: { label: "Act promptly", styles: "border-red-800 bg-red-50", badge: "bg-red-800 text-white" },
  "see-professional": { label: "Worth showing a professional", styles: "border-amber-700 bg-amber-50", badge: "bg-amber-800 text-white" },
  care: { label: "Foot-care tip", styles: "border-brand-600 bg-brand-50", badge: "bg-brand-700 text-white" },
} as const;

/** The guidance for an entry, red flags first; each item says why it is shown. */
export function AdviceList({ advice }: { advice: Advice[] }) {
  return (
    <section aria-labelledby="advice-heading" className="flex flex-col gap-3">
      <h2 id="advice-heading" className="text-2xl font-bold">
        Foot-care guidance
      </h2>
      <p className="font-semibold text-slate-700">{NOT_MEDICAL_ADVICE}</p>
      {advice.length === 0 ? (
        <p className="rounded-md border-2 border-dashed border-slate-400 bg-white p-4">Nothing in this check calls for particular guidance. Keep checking daily.</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {advice.map((item) => {
            const level = LEVELS[item.level];
            return (
              <li key={item.id} className={`flex flex-col gap-2 rounded-lg border-l-8 p-4 ${level.styles}`}>
                <span className={`self-start rounded px-2 py-0.5 text-base font-bold ${level.badge}`}>{level.label}</span>
                <h3 className="text-xl font-bold">{item.title}</h3>
                <p>{item.text}</p>
                <p className="text-base text-slate-700">
                  <span className="font-semibold">Why you see this: </span>
                  {item.reason}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
