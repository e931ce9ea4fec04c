import type { OrgRead } from "./index";

/**
 * "الهيئة الحكومية للتنمية (إيغاد)", "… (يونيسفا)": a name printed in parentheses right after a
 * body's name is its short form, the same body; the full name, printed before it, keeps it.
 */
export function nameBeforeShortForm(text: string, short: OrgRead, orgs: readonly OrgRead[]): OrgRead | undefined {
  const ownerOf = (m: { start: number; end: number }): OrgRead | undefined => {
    const before = text.slice(0, m.start).trimEnd();
    if (!before.endsWith("(") || !text.slice(m.end).trimStart().startsWith(")")) return undefined;
    const fullEnd = before.slice(0, -1).trimEnd().length;
    return orgs.find((o) => o.mentions.some((x) => x.end === fullEnd));
  };
  let owner: OrgRead | undefined;
  for (const m of short.mentions) owner ??= ownerOf(m);
  return owner === short ? undefined : owner;
}
