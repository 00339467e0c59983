import { ACTIVITY_RETENTION_DAYS, type ActivityLine } from "@/lib/journals/activity";
import { formatDateTime } from "@/lib/time/format-in-zone";

/** What carers and share links viewed or changed in my journal, newest first. */
export function ActivitySection({ lines, reader }: { lines: ActivityLine[]; reader: { timeZone: string; locale: string } }) {
  return (
    <section aria-labelledby="activity-heading" className="flex flex-col gap-4">
      <h2 id="activity-heading" className="text-2xl font-bold">
        Activity by others
      </h2>
      <p className="text-slate-700">
        What the people who help you and your share links did in your journal. It cannot be changed, and is kept for {ACTIVITY_RETENTION_DAYS / 365} years. It is included in your data download.
      </p>
      {lines.length === 0 ? (
        <p>Nothing yet. When someone who helps you records a check, or a clinician opens a share link, it shows here.</p>
      ) : (
        <ul className="flex flex-col gap-1" data-testid="activity">
          {lines.map((line) => (
            <li key={line.id}>
              {formatDateTime(line.at, reader)}: <strong>{line.who}</strong> {line.action} {line.subject === "observation" ? "something noted" : `the ${line.subject}`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
