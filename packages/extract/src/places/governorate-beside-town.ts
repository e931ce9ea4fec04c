import { matchKey } from "../text/normalize";
import { tokenReadsAs, type Token } from "../text/tokens";

// A governorate is a state's first-level division with an administration of its own: the story
// that prints "محافظة البصرة" speaks of that unit (its council, its member of parliament), even
// where it prints the town "البصرة" too. Lesser areas named after their town (قضاء، منطقة) are
// still read as the town when it is printed alone.
// "إقليم X" is the same first-level unit in Djibouti and Morocco (its governor, محافظ إقليم X), and
// "ولاية X" in the Maghreb, Sudan and Turkey (the Omani district is read as its town before this).
export const governorateKeys = new Set(["محافظة", "إقليم", "ولاية"].map((w) => matchKey(w)));

/** Whether the area head at `head` stays a place of its own beside its town printed alone. */
export function governorateBesideTown(tokens: readonly Token[], head: number): boolean {
  const t = tokens[head];
  return !!t && tokenReadsAs(t, governorateKeys);
}
