import type { Doc } from "../document";
import { cuesIn } from "./cues";
import type { EventRead } from "./event-read";
import { units } from "./units";

/** An article that reports nothing but a statement ("أوضح البيان الشهري …") gets a statement event. */
export function statementEvent(doc: Doc): EventRead | null {
  for (const [ui, u] of units(doc).entries()) {
    const cues = cuesIn(doc.tokens, doc.text, u.first, u.last);
    if (cues.some((c) => c.kind === "statement")) return { type: "statement", participants: [], location: null, date: null, start: u.start, end: u.end, unit: ui, inherited: false, fromTitle: false };
  }
  return null;
}
