import { addDays, parseISO, format } from "date-fns";

export const DEFAULT_REPORT_DAYS = 90;

/**
 * The period a new report covers: since the last appointment, else the last 90 days, ending today
 * (the person's local day). Appointments are not stored yet; once they are, look up the user's
 * latest past appointment here and start the range on its day.
 */
export async function defaultReportRange(userId: string, today: string): Promise<{ from: string; to: string }> {
  void userId; // used by the appointment lookup, see above
  return { from: format(addDays(parseISO(today), -(DEFAULT_REPORT_DAYS - 1)), "yyyy-MM-dd"), to: today };
}
