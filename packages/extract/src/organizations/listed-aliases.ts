import rules from "../rules/organizations.json";
import { matchKey } from "../text/normalize";
import type { OrgRead } from "./index";

// Each body under every name it goes by.
const entryOf = new Map<string, number>();
rules.oneBodyNames.forEach((names, n) => {
  for (const name of names) entryOf.set(matchKey(name), n);
});

/**
 * "الحوثيون" in the headline and "جماعة أنصار الله" in the body, "جماعة الحوثي" and "الحوثيين": the
 * names one body goes by (oneBodyNames) are one organization, kept under the longest name printed
 * (the first printed of the longest), which names it.
 */
export function longestListedAlias(name: OrgRead, orgs: readonly OrgRead[]): OrgRead | undefined {
  const n = entryOf.get(matchKey(name.name));
  if (n === undefined) return undefined;
  const longest = orgs.filter((o) => entryOf.get(matchKey(o.name)) === n).reduce((a, b) => (b.name.length > a.name.length ? b : a));
  return longest === name ? undefined : longest;
}
