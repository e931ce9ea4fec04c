import rules from "../rules/persons.json";
import { readings, wordKey } from "../text/tokens";
import type { Ctx, RankSpan } from "./anchor-spans";

// Courtesy and civil titles (السيد، سعادة، القاضية): they anchor the name after them, but they are
// forms of address and posts, not ranks, so the rank a person is given leaves them out. A form of
// several words ("His Excellency", "the Hon") leaves out each of its words.
const outOfRank = new Set(rules.titlesOutOfRank.flatMap((w) => w.split(" ").map((part) => wordKey(part))));

/** Whether the word is a form of address or a civil post (سعادة، فخامة، السيد), no rank. */
export const courtesy = (key: string) => outOfRank.has(key) || readings(key).some((r) => outOfRank.has(r.key));

// الشيخ alone before a minister's name is reported as his rank, but after سعادة or معالي it is
// part of the form of address (سعادة الشيخ X), which is no rank.
const afterCourtesy = new Set(rules.addressAfterCourtesy.map((w) => wordKey(w)));

// سمو (Highness) is the style of a ruling house: no rank itself, but the title after it is kept
// (سمو الشيخ X: الشيخ), unlike after سعادة.
const royalStyles = new Set(rules.royalStyles.map((w) => wordKey(w)));

// الأستاذ alone is a civil form of address (Mr); before another title (الأستاذ الدكتور) it is the
// professor's academic rank and stays.
const addressUnlessTitled = new Set(rules.addressUnlessTitled.map((w) => wordKey(w)));

// "صاحب السمو الملكي الأمير X": a formula of address of several words before a title of its own is
// no part of the rank, the title is (الأمير). Longest formula first.
const addressesBeforeTitle = rules.addressesBeforeTitle.map((a) => a.split(" ").map((w) => wordKey(w))).sort((a, b) => b.length - a.length);

// "افتتح الشيخ X، مدير …": a ruling house's style before a name whose office follows it is how its
// bearer is addressed, no rank; after his office ("وزير الدفاع الشيخ X"), or with no office at all
// ("وقال الشيخ X إن"), it is reported as his rank, as an officer's would be.
const rulingHouseStyles = new Set(rules.rulingHouseStyles.map(phraseKey));

function phraseKey(phrase: string): string {
  return phrase.split(/\s+/u).filter(Boolean).map((w) => wordKey(w)).join(" ");
}

/**
 * Words of a formula of address opening the rank at `first` and followed by more of it, else 0.
 * The first word may carry و (وصاحب السمو الملكي الأمير X, a second name of a list).
 */
function addressOpening(ctx: Ctx, rank: RankSpan): number {
  const words = ctx.doc.tokens.slice(rank.first, rank.last + 1).filter((t) => t.kind === "word");
  const opens = (w: string, i: number) =>
    i === 0 ? readings(words[0]!.key).some((r) => r.key === w) : words[i]?.key === w;
  const formula = addressesBeforeTitle.find((a) => a.length < words.length && a.every(opens));
  return formula?.length ?? 0;
}

/**
 * The rank printed before a name as reported: "سعادة السيدة" → null, "الشيخ الدكتور" kept whole.
 * `officeOnlyAfter`: the person's office is printed after his name, none before the rank (see
 * rulingHouseStyles).
 */
export function reportedRank(ctx: Ctx, rank: RankSpan, officeOnlyAfter: boolean): string | null {
  const { tokens, text } = ctx.doc;
  let first = -1;
  let last = -1;
  const before = tokens[rank.first - 1];
  let address = before?.kind === "word" && courtesy(before.key);
  let skip = addressOpening(ctx, rank);
  for (let k = rank.first; k <= rank.last; k++) {
    const t = tokens[k]!;
    if (skip > 0) {
      if (t.kind === "word") skip--;
      continue;
    }
    if (t.kind === "word" && first < 0 && address && afterCourtesy.has(t.key)) continue;
    const style = t.kind === "word" && royalStyles.has(t.key);
    // A form of address after a rank (الفريق سمو الشيخ X) closes it: the rest is the address.
    if (first >= 0 && t.kind === "word" && (style || courtesy(t.key))) break;
    if (style) continue;
    if (t.kind === "word" ? courtesy(t.key) : first < 0) {
      if (t.kind === "word") address = true;
      continue;
    }
    if (first < 0) first = k;
    last = k;
  }
  if (first < 0) return null;
  if (first === last && addressUnlessTitled.has(tokens[first]!.key)) return null;
  const start = first === rank.first ? rank.start : tokens[first]!.start;
  const reported = text.slice(start, tokens[last]!.end).replace(/[\s،,:/]+$/u, "").replace(/\s+/g, " ");
  if (officeOnlyAfter && rulingHouseStyles.has(phraseKey(reported))) return null;
  // "H.E. X": His Excellency, abbreviated letter by letter, is a form of address too.
  return courtesy(wordKey(reported.replace(/\./g, ""))) ? null : reported;
}

// "مفتي البلاد الشيخ X", "إمامه الشيخ X": after a cleric's office الشيخ is how he is addressed, no rank.
const clericOffices = new Set(rules.clericOffices.map((w) => wordKey(w)));

/** Whether the office opens with a cleric's word ("مفتي", "إمام"), so that الشيخ after it is no rank. */
function isClericOffice(office: string): boolean {
  const first = office.split(/\s+/u)[0] ?? "";
  return clericOffices.has(wordKey(first));
}

/** The reported rank, or null when it is only a title kept in the rank (الشيخ) printed after a cleric's office. */
export function rankAfterOffice(reported: string | null, officeBefore: string | null): string | null {
  if (!reported || !officeBefore || !isClericOffice(officeBefore)) return reported;
  return addressAfterOffice.has(phraseKey(reported)) ? null : reported;
}
const addressAfterOffice = new Set(rules.addressAfterCourtesy.map(phraseKey));

// "حضرة صاحب الجلالة السلطان X": a monarch's style before his title, with no office printed for him.
const sovereignStyles = rules.sovereignStyles.styles.map(phraseKey);
const sovereignTitles = new Set(rules.sovereignStyles.titles.map(phraseKey));

/**
 * The office a reported rank stands for when it is a monarch's style and title ("صاحب الجلالة
 * السلطان" → "السلطان"): the title is what he is, as "السلطان X" alone reads. Null for any other rank.
 */
export function sovereignTitleOffice(reported: string | null): string | null {
  if (!reported) return null;
  const words = reported.split(/\s+/u);
  const title = words.at(-1)!;
  const style = phraseKey(words.slice(0, -1).join(" "));
  return sovereignTitles.has(phraseKey(title)) && sovereignStyles.includes(style) ? title : null;
}
