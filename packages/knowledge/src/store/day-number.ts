/**
 * Days since 1970-01-01 of an ISO date ("2026-02-05"). Resolving a batch compares the same few
 * days thousands of times (every report with every event near it), and `Date.parse` costs more
 * than the rest of the comparison: the answers are kept, bounded.
 */
export function dayNumber(isoDate: string): number {
  let day = days.get(isoDate);
  if (day === undefined) {
    day = Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000);
    if (days.size >= DAYS_LIMIT) days.clear();
    days.set(isoDate, day);
  }
  return day;
}

const days = new Map<string, number>();
const DAYS_LIMIT = 10_000;
