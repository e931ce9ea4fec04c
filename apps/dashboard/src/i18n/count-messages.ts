import type { Locale } from "./locales";
import { icuArguments, type IcuArgument } from "./icu-arguments";

/**
 * Arguments that hold a count wherever a message uses them. A count printed bare ("{count} مقالة")
 * reads wrong in Arabic, whose noun changes with the number: مقال واحد، مقالان، 3 مقالات،
 * 11 مقالًا، 100 مقال. An argument typed `plural` or `number` in either language is a count too.
 */
export const COUNT_ARGUMENTS: ReadonlySet<string> = new Set([
  "count",
  "total",
  "mentions",
  "articles",
  "events",
  "routes",
  "persons",
  "meetings",
  "links",
  "days",
  "seconds",
  "minutes",
  "min",
  "characters",
  "megabytes",
]);

/** CLDR's order of plural categories, the order messages write them in. */
const CATEGORY_ORDER = ["zero", "one", "two", "few", "many", "other"];

/** The plural categories a language's counts fall in (Arabic: zero one two few many other). */
export function pluralCategories(locale: Locale): string[] {
  const categories: string[] = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  return CATEGORY_ORDER.filter((category) => categories.includes(category));
}

/**
 * What is wrong with the counts of one message (its English and Arabic texts): a count printed
 * bare instead of as a plural (with `#` for the figure) or an explicit `{n, number}` figure; a
 * plural missing a category of its language; an Arabic figure where the English has a plural.
 * Empty when the message is right. Used by catalogues.test.ts.
 */
export function countProblems(english: string, arabic: string): string[] {
  const texts = { en: icuArguments(english), ar: icuArguments(arabic) };
  const counts = new Set(
    [...texts.en, ...texts.ar]
      .filter((a) => COUNT_ARGUMENTS.has(a.name) || a.type === "plural" || a.type === "number")
      .map((a) => a.name),
  );
  const problems: string[] = [];
  for (const locale of ["en", "ar"] as const) {
    const wanted = pluralCategories(locale);
    for (const use of texts[locale].filter((a) => counts.has(a.name))) problems.push(...useProblems(locale, use, wanted));
  }
  for (const name of counts) {
    const pluralIn = (args: IcuArgument[]) => args.some((a) => a.name === name && a.type === "plural");
    if (pluralIn(texts.en) && !pluralIn(texts.ar)) problems.push(`ar: {${name}} needs plural forms, as in English`);
  }
  return problems;
}

function useProblems(locale: Locale, use: IcuArgument, wanted: string[]): string[] {
  if (use.type === null) return [`${locale}: {${use.name}} printed bare; use a plural (# for the figure) or {${use.name}, number}`];
  if (use.type !== "plural") return [];
  const missing = wanted.filter((category) => !use.options.includes(category));
  return missing.length ? [`${locale}: {${use.name}, plural} lacks ${missing.join(", ")}`] : [];
}
