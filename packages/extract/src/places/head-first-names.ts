import type { Token } from "../text/tokens";

/*
 * "Lake Kivu", "Mount Elgon": English names most area heads after the name ("Anbar Province"),
 * but a lake and a mountain put the head first. Up to two capitalized words after one of these
 * heads are its name; a body's head after them ("Lake Kivu Command") makes the whole a body's name.
 */
const HEAD_FIRST = new Set(["lake", "mount"]);
const MAX_NAME_WORDS = 2;

/** The last token of the name after a head-first area head at `head`, or -1. */
export function headFirstNameEnd(tokens: readonly Token[], head: number, nameWord: (k: number) => boolean, bodyHeadAt: (k: number) => boolean): number {
  const t = tokens[head];
  if (!t || t.arabic || !t.capital || !HEAD_FIRST.has(t.key)) return -1;
  let last = head;
  while (last < head + MAX_NAME_WORDS && tokens[last + 1]?.capital && !tokens[last + 1]!.lineStart && nameWord(last + 1)) last++;
  if (last === head || bodyHeadAt(last + 1)) return -1;
  return last;
}
