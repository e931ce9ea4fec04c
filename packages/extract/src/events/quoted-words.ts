import type { Unit } from "./units";

// Straight quotes open and close alike; the typographic ones tell which they do.
const OPENERS = new Set(["«", "“"]);
const CLOSERS = new Set(["»", "”"]);

/**
 * Whether offset `at` lies inside quoted words of the sentence (`وقالت إن "المال يجب أن يعود
 * إلى المشروع"`): what a speaker says of going or coming back tells no journey made.
 */
export function insideQuote(text: string, u: Pick<Unit, "start">, at: number): boolean {
  let straight = false;
  let depth = 0;
  for (let k = u.start; k < at; k++) {
    const ch = text[k]!;
    if (ch === '"') straight = !straight;
    else if (OPENERS.has(ch)) depth++;
    else if (CLOSERS.has(ch) && depth > 0) depth--;
  }
  return straight || depth > 0;
}
