import { useLocale } from "next-intl";
import { FORMAT_LOCALE } from "../../i18n/locales";
import { countryName } from "../../lib/analyst-labels";

/**
 * Numbers, dates and state names in the interface's language (Arabic in the `both` mode): `3 ديسمبر 2026` or
 * `3 Dec 2026`. Days stored as `YYYY-MM-DD` are read as calendar days, not instants, so a reader's
 * time zone never moves them.
 */
export function useFormat() {
  const locale = useLocale();
  const tag = FORMAT_LOCALE[locale];
  return {
    locale,
    /** Items of data joined with the language's comma ("،" or ","). */
    list: (items: string[]) => items.join(locale === "ar" ? "، " : ", "),
    /** The same comma, between rendered items. */
    comma: locale === "ar" ? "، " : ", ",
    /** A state's name from its ISO code, in the interface's language (Arabic in `both`). */
    country: (code: string) => countryName(code, locale),
    number: (value: number) => new Intl.NumberFormat(tag).format(value),
    day: (isoDay: string) => calendarDay(tag, isoDay, "medium"),
    /** A day with its month named ("5 فبراير 2026", "5 February 2026"): no doubt which number is the month. */
    longDay: (isoDay: string) => calendarDay(tag, isoDay, "long"),
    /**
     * A moment with its month named in both languages ("4 ديسمبر 2026 في 2:33 ص", "4 Dec 2026, 02:33"),
     * Arabic's medium style being all figures (04/12/2026), which reads as either day or month first;
     * as its day and its time ("4 ديسمبر 2026 في " and "2:33 ص"), so that a line may break after the
     * day but never between the time and its "ص" or "م".
     */
    dateTimeParts: (value: Date) => {
      const parts = momentFormat(tag, locale).formatToParts(value);
      const hour = parts.findIndex((part) => part.type === "hour");
      const join = (from: number, to?: number) => parts.slice(from, to).map((part) => part.value).join("");
      return hour < 0 ? { day: join(0), time: "" } : { day: join(0, hour), time: join(hour) };
    },
  };
}

function momentFormat(tag: string, locale: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(tag, { dateStyle: locale === "ar" ? "long" : "medium", timeStyle: "short" });
}

/** A stored `YYYY-MM-DD` as that calendar day (UTC), whatever the reader's time zone. */
function calendarDay(tag: string, isoDay: string, style: "medium" | "long"): string {
  const date = new Date(`${isoDay.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDay;
  return new Intl.DateTimeFormat(tag, { dateStyle: style, timeZone: "UTC" }).format(date);
}
