import countries from "i18n-iso-countries";
import arabicCountryNames from "i18n-iso-countries/langs/ar.json";
import englishCountryNames from "i18n-iso-countries/langs/en.json";
import type { UiLanguage } from "../../lib/ui-language";

countries.registerLocale(arabicCountryNames);
countries.registerLocale(englishCountryNames);

export interface CountryOption {
  code: string;
  label: string;
}

/**
 * Every state as an option of the country filter, named in the interface language (both names in
 * the bilingual mode) and sorted by the name a reader scans for. From the one bundled list, so the
 * server and the browser render the same options.
 */
export function countryOptions(ui: UiLanguage): CountryOption[] {
  const arabic = countries.getNames("ar");
  const english = countries.getNames("en");
  const first = ui === "en" ? english : arabic;
  const collator = new Intl.Collator(ui === "en" ? "en" : "ar");
  return Object.keys(first)
    .map((code) => ({
      code,
      sortKey: first[code] ?? code,
      label: ui === "both" ? `${arabic[code] ?? code} · ${english[code] ?? code}` : (first[code] ?? code),
    }))
    .sort((a, b) => collator.compare(a.sortKey, b.sortKey))
    .map(({ code, label }) => ({ code, label }));
}
