import type { EventRead } from "./detect";

/**
 * One happening is reported many times (headline, lead, body, a closing paragraph). Reports of the
 * same type are merged when their participants agree: one set contains the other, or — for visits
 * and receptions, which a person makes once per article — they share someone. A report with no
 * named participant joins the latest report of its type.
 */
export function mergeEvents(events: EventRead[]): EventRead[] {
  const out: EventRead[] = [];
  for (const e of events) {
    const same = out.filter((x) => x.type === e.type);
    let target: EventRead | undefined;
    if (!e.participants.length || same.some((x) => !x.participants.length)) {
      target = e.participants.length ? same.find((x) => !x.participants.length) : same[same.length - 1];
      if (target && e.type === "other" && target.location && e.location && target.location !== e.location) target = undefined;
    } else {
      const set = new Set(e.participants);
      target = same.find((x) => {
        const xs = new Set(x.participants);
        const inter = x.participants.filter((p) => set.has(p)).length;
        if (e.type === "visit" || e.type === "reception") return inter > 0;
        return inter === xs.size || inter === set.size;
      });
    }
    if (!target) {
      out.push({ ...e, participants: [...e.participants] });
      continue;
    }
    for (const p of e.participants) if (!target.participants.includes(p)) target.participants.push(p);
    if (e.location && (!target.location || rank(e.location.kind) > rank(target.location.kind))) target.location = e.location;
    target.date ??= e.date;
    if (target.fromTitle && !e.fromTitle) {
      target.start = e.start;
      target.end = e.end;
      target.fromTitle = false;
    }
  }
  return out;
}

function rank(kind: string): number {
  return kind === "site" ? 4 : kind === "city" ? 3 : kind === "region" ? 2 : 1;
}
