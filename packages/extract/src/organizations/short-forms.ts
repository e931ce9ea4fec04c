import type { OrgRead } from "./index";

/**
 * "الهيئة الحكومية للتنمية (إيغاد)", "… (يونيسفا)": a name printed in parentheses right after a
 * body's name is its short form, the same body. Its mentions, there and wherever else it is
 * printed, join the full name, which stays the body's name.
 */
export function foldShortForms(text: string, orgs: readonly OrgRead[]): OrgRead[] {
  const ownerOf = (m: { start: number; end: number }): OrgRead | undefined => {
    const before = text.slice(0, m.start).trimEnd();
    if (!before.endsWith("(") || !text.slice(m.end).trimStart().startsWith(")")) return undefined;
    const fullEnd = before.slice(0, -1).trimEnd().length;
    return orgs.find((o) => o.mentions.some((x) => x.end === fullEnd));
  };
  const gone = new Set<OrgRead>();
  for (const short of orgs) {
    let owner: OrgRead | undefined;
    for (const m of short.mentions) owner ??= ownerOf(m);
    if (!owner || owner === short || gone.has(owner)) continue;
    owner.mentions.push(...short.mentions);
    owner.mentions.sort((a, b) => a.start - b.start);
    gone.add(short);
  }
  return orgs.filter((o) => !gone.has(o));
}
