import { NOT_MEDICAL_ADVICE } from "@/lib/advice/rules";
import { describeObservation } from "@/lib/journal/describe";
import { CARE_KIND_LABELS, CONDITION_LABELS, FOOT_LABELS, IWGDF_RISK, REGION_LABELS } from "@/lib/foot-health/vocabulary";
import type { ReportData, ReportPhoto } from "@/lib/report/load-report";
import type { ReportSummary } from "@/lib/report/summarise";
import { formatTime } from "@/lib/time/format-in-zone";
import { FootHeatMap } from "./foot-heat-map";
import { formatRange, formatShortDate } from "./format";
import { PainChart } from "./pain-chart";

// The report itself, read like a clinic letter. One component for the page, the print-out, the
// PDF and the share link; `photoSrc` says where this reader may fetch each photo from.

type Props = { report: ReportData; photoSrc: (photoId: string, size: "thumb" | "full") => string };

export function ReportDocument({ report, photoSrc }: Props) {
  const { person, profile, options, summary, entries } = report;
  const show = (section: (typeof options.sections)[number]) => options.sections.includes(section);
  const locale = person.locale;
  const risk = profile.iwgdfRisk === null ? null : IWGDF_RISK[profile.iwgdfRisk];
  return (
    <article className="report-document flex flex-col gap-6 rounded-lg border border-slate-300 bg-white p-4 text-black sm:p-6 print:border-0 print:p-0" aria-labelledby="report-title">
      <PrintStyles header={`${person.name} · ${formatRange(options.from, options.to, locale)}`} />
      <header className="flex flex-col gap-2 border-b-2 border-black pb-3">
        <h2 id="report-title" className="text-2xl font-bold">
          Foot health report: {person.name}
        </h2>
        <p className="text-lg">
          Period: <strong>{formatRange(options.from, options.to, locale)}</strong> ({summary.daysInRange} days)
        </p>
        <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-2 print:grid-cols-2">
          {profile.dateOfBirth ? <Fact term="Date of birth" value={formatShortDate(profile.dateOfBirth, locale)} /> : null}
          <Fact
            term="Conditions"
            value={
              profile.conditions.length
                ? profile.conditions.map((c) => (c === "OTHER" && profile.otherCondition ? profile.otherCondition : CONDITION_LABELS[c])).join(", ")
                : "None recorded"
            }
          />
          <Fact term="IWGDF risk category" value={risk ? `${risk.category} — ${risk.meaning}` : "Not given"} />
          <Fact term="Clinician" value={[profile.clinicianName, profile.clinicianContact].filter(Boolean).join(", ") || "Not given"} />
        </dl>
      </header>

      {show("summary") ? <SummarySection summary={summary} locale={locale} /> : null}

      {show("heatMap") ? (
        <section aria-labelledby="heat-map-heading" className="flex flex-col gap-2">
          <h3 id="heat-map-heading" className="text-xl font-bold">
            Where things were noted
          </h3>
          <FootHeatMap spots={report.spots} />
        </section>
      ) : null}

      {show("painChart") ? (
        <section aria-labelledby="pain-chart-heading" className="flex flex-col gap-2">
          <h3 id="pain-chart-heading" className="text-xl font-bold">
            Pain over time
          </h3>
          {report.painByDay.length ? (
            <PainChart days={report.painByDay} from={options.from} to={options.to} locale={locale} summary={painSentence(summary, locale)} />
          ) : (
            <p>No checks in this period.</p>
          )}
        </section>
      ) : null}

      {show("entries") ? (
        <section aria-labelledby="entries-heading" className="flex flex-col gap-2">
          <h3 id="entries-heading" className="text-xl font-bold">
            Checks ({entries.length})
          </h3>
          {entries.length ? (
            <div className="overflow-x-auto print:overflow-visible" tabIndex={0} role="region" aria-label="Table of checks, scrolls sideways on a small screen">
              <table className="report-table w-full">
                <thead>
                  <tr>
                    <th scope="col">Date</th>
                    <th scope="col">Pain</th>
                    <th scope="col">Observations</th>
                    <th scope="col">Care</th>
                    <th scope="col">Notes</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((entry) => (
                    <tr key={entry.id}>
                      <td className="whitespace-nowrap">
                        {formatShortDate(entry.localDate, locale)}
                        <br />
                        <span className="text-sm">{formatTime(entry.recordedAt, person)}</span>
                      </td>
                      <td>{entry.pain}</td>
                      <td>
                        {entry.observations.length
                          ? entry.observations.map((o) => `${describeObservation(o)}${o.pain === null ? "" : ` (pain ${o.pain})`}`).join("; ")
                          : "—"}
                      </td>
                      <td>
                        {entry.careKind === "NONE" ? "—" : `${CARE_KIND_LABELS[entry.careKind]}${entry.careMinutes ? `, ${entry.careMinutes} min` : ""}${entry.lotionUsed ? ", lotion" : ""}`}
                      </td>
                      <td>{entry.notes || "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p>No checks in this period.</p>
          )}
        </section>
      ) : null}

      {show("photos") ? (
        <section aria-labelledby="photos-heading" className="flex flex-col gap-2">
          <h3 id="photos-heading" className="text-xl font-bold">
            Photos: first and latest of each spot
          </h3>
          {report.photoPairs.length ? (
            <ul className="flex flex-col gap-4">
              {report.photoPairs.map((pair) => (
                <li key={`${pair.foot}:${pair.region}`} className="report-keep flex flex-col gap-2">
                  <h4 className="font-semibold">
                    {FOOT_LABELS[pair.foot]}, {REGION_LABELS[pair.region].toLowerCase()}
                  </h4>
                  <div className="grid grid-cols-2 gap-3">
                    <ReportImage photo={pair.first} label="First" src={photoSrc} locale={locale} />
                    {pair.latest ? <ReportImage photo={pair.latest} label="Latest" src={photoSrc} locale={locale} /> : <p>Only one photo of this spot.</p>}
                  </div>
                </li>
              ))}
            </ul>
          ) : (
            <p>No tagged photos in this period.</p>
          )}
        </section>
      ) : null}

      {show("questions") ? (
        <section aria-labelledby="questions-heading" className="report-keep flex flex-col gap-2">
          <h3 id="questions-heading" className="text-xl font-bold">
            Questions for my doctor
          </h3>
          {report.questions.length ? (
            <ol className="list-decimal pl-6">
              {report.questions.map((question) => (
                <li key={question.id}>{question.text}</li>
              ))}
            </ol>
          ) : (
            <p>No questions written down.</p>
          )}
        </section>
      ) : null}

      <p className="border-t border-black pt-2 text-sm">
        {NOT_MEDICAL_ADVICE} Written by the person themselves in Footnote, a foot health journal; observations are their own, not a clinical assessment.
      </p>
    </article>
  );
}

function Fact({ term, value }: { term: string; value: string }) {
  return (
    <div className="flex flex-wrap gap-x-2">
      <dt className="font-semibold">{term}:</dt>
      <dd>{value}</dd>
    </div>
  );
}

function painSentence(summary: ReportSummary, locale: string): string {
  if (summary.painMean === null) return "No pain scores in this period.";
  const trend = summary.painTrend
    ? summary.painTrend.direction === "steady"
      ? "steady over the period"
      : `${summary.painTrend.direction} by about ${Math.abs(summary.painTrend.changePer30Days)} points per 30 days`
    : "too few days to tell a trend";
  const maxDate = summary.painMaxDate ? ` on ${formatShortDate(summary.painMaxDate, locale)}` : "";
  return `Pain averaged ${summary.painMean} of 10, highest ${summary.painMax}${maxDate}; ${trend}.`;
}

function SummarySection({ summary, locale }: { summary: ReportSummary; locale: string }) {
  const care = Object.entries(summary.care.byKind)
    .map(([kind, count]) => `${CARE_KIND_LABELS[kind as keyof typeof CARE_KIND_LABELS].replace(/^I /, "").toLowerCase()}: ${count}`)
    .join("; ");
  return (
    <section aria-labelledby="summary-heading" className="report-keep flex flex-col gap-2">
      <h3 id="summary-heading" className="text-xl font-bold">
        Summary
      </h3>
      <ul className="flex list-disc flex-col gap-1 pl-6">
        <li>
          Checked on <strong>{summary.daysWithCheck} of {summary.daysInRange} days</strong> ({summary.checks} checks).
        </li>
        <li>
          {summary.painMean === null ? (
            "No pain scores."
          ) : (
            <>
              Pain: mean <strong>{summary.painMean}</strong>, max <strong>{summary.painMax}</strong> of 10; trend{" "}
              <strong>{summary.painTrend ? `${summary.painTrend.direction} (${summary.painTrend.changePer30Days > 0 ? "+" : ""}${summary.painTrend.changePer30Days} per 30 days)` : "not enough days"}</strong>.
            </>
          )}
        </li>
        <li>
          Care sessions: <strong>{summary.care.sessions}</strong>
          {summary.care.sessions ? ` (${summary.care.minutes} minutes in all; ${care})` : ""}.
        </li>
      </ul>
      <h4 className="font-semibold">Most frequent observations</h4>
      {summary.topObservations.length ? (
        <ul className="list-disc pl-6">
          {summary.topObservations.map((item) => (
            <li key={item.label}>
              {item.label}: {item.count} {item.count === 1 ? "check" : "checks"}
            </li>
          ))}
        </ul>
      ) : (
        <p>None noted.</p>
      )}
      <h4 className="font-semibold">Red flags</h4>
      {summary.redFlags.length ? (
        <ul className="list-disc pl-6">
          {summary.redFlags.map((flag) => (
            <li key={flag.localDate}>
              <strong>{formatShortDate(flag.localDate, locale)}</strong>: {flag.reasons.join("; ")}
            </li>
          ))}
        </ul>
      ) : (
        <p>None: no strong pain (7 or more), wound, open sore or colour change was noted.</p>
      )}
    </section>
  );
}

function ReportImage({ photo, label, src, locale }: { photo: ReportPhoto; label: string; src: Props["photoSrc"]; locale: string }) {
  return (
    <figure className="flex flex-col gap-1">
      {/* eslint-disable-next-line @next/next/no-img-element -- served by an authorising route; next/image would proxy it */}
      <img src={src(photo.id, "full")} alt={`${label} photo, ${formatShortDate(photo.localDate, locale)}${photo.caption ? `: ${photo.caption}` : ""}`} width={photo.width} height={photo.height} className="h-auto max-h-72 w-full rounded border border-black object-contain" />
      <figcaption className="text-sm">
        {label}: {formatShortDate(photo.localDate, locale)}
        {photo.caption ? ` — ${photo.caption}` : ""}
      </figcaption>
    </figure>
  );
}

/** Paper: no navigation or controls, a running header with the name and range, page numbers. */
function PrintStyles({ header }: { header: string }) {
  const cssString = JSON.stringify(header).replace(/</g, "\\3C ");
  return (
    <style>{`
@page { margin: 20mm 14mm 18mm;
  @top-left { content: ${cssString}; font: 9pt sans-serif; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 9pt sans-serif; } }
@media print {
  html, body { background: #fff !important; color: #000 !important; font-size: 11pt; }
  header:has(nav), nav, .print-hidden, a[href="#main"] { display: none !important; }
  main { max-width: none !important; padding: 0 !important; }
  .report-keep, .report-table tr, figure, img { break-inside: avoid; page-break-inside: avoid; }
  .report-table thead { display: table-header-group; }
  h3, h4 { break-after: avoid; }
}
.report-table { border-collapse: collapse; }
.report-table th, .report-table td { border: 1px solid #000; padding: 4px 6px; text-align: left; vertical-align: top; }
.report-table th { font-weight: 700; }
`}</style>
  );
}
