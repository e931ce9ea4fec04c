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
 * names one body goes by (oneBodyNames) are one organization. Its mentions join the longest name printed, which names it.
 */
export function mergeListedAliases(orgs: readonly OrgRead[]): OrgRead[] {
  const byEntry = new Map<number, OrgRead>();
  const gone = new Set<OrgRead>();
  const longestFirst = [...orgs].sort((a, b) => b.name.length - a.name.length);
  for (const o of longestFirst) {
    const n = entryOf.get(matchKey(o.name));
    if (n === undefined) continue;
    const kept = byEntry.get(n);
    if (!kept) {
      byEntry.set(n, o);
      continue;
    }
    kept.mentions.push(...o.mentions);
    kept.mentions.sort((a, b) => a.start - b.start);
    gone.add(o);
  }
  return orgs.filter((o) => !gone.has(o));
}
