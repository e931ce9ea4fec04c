import type { Ctx } from "../persons/anchor-spans";
import type { PersonRead } from "../persons";
import { keptPerString } from "../text/kept-per-string";
import { matchKey } from "../text/normalize";
import { formMemo, formMemoSlot, setFormMemo, type Token } from "../text/tokens";
import type { Unit } from "./units";

/**
 * Arabic news calls a dignitary by a form of address with a pronoun once his name is told
 * ("زار سموه المعرض", "واستقبل معاليه الوفد"): the pronoun's form names the address it stands for.
 * Keyed by the pronoun word, the address words that are printed before the name. (دولته is left
 * out: the word دولة is far more often "state" than an address.)
 */
const PRONOUN_ADDRESS = new Map<string, Set<string>>(
  (
    [
      [["سموه", "سموها"], ["سمو", "السمو"]],
      [["معاليه", "معاليها"], ["معالي", "المعالي"]],
      [["سعادته", "سعادتها"], ["سعادة", "السعادة"]],
      [["فخامته"], ["فخامة", "الفخامة"]],
      [["جلالته", "جلالتها"], ["جلالة", "الجلالة"]],
    ] as const
  ).flatMap(([pronouns, addresses]) => pronouns.map((p) => [matchKey(p), new Set(addresses.map((a) => matchKey(a)))] as const)),
);

// Asked of every Arabic word of every sentence, each time a regex and a normalisation: the answers
// are kept on the printed form (formMemo), which the words of an article mostly repeat, so a word
// asked again costs no look-up by its text.
const ADDRESSES_SLOT = formMemoSlot();
function pronounAddresses(t: Token): Set<string> | null {
  let v = formMemo(t, ADDRESSES_SLOT) as Set<string> | null | undefined;
  if (v === undefined) {
    v = PRONOUN_ADDRESS.get(matchKey(t.text.replace(/^[وف](?=(سمو|معالي|سعادت|فخامت|جلالت))/u, ""))) ?? null;
    setFormMemo(t, ADDRESSES_SLOT, v);
  }
  return v;
}
const addressKey = keptPerString((text) => matchKey(text.replace(/^[وف](?=(ال)?(سمو|معالي|سعاد|فخام|جلال))/u, "")));

// "الفريق سمو الشيخ سيف …": a rank or a title may stand between the address and the name.
const ADDRESS_REACH = 3;

/** Where an honorific pronoun stands in the unit and the person it stands for. */
export interface HonoredPerson {
  idx: number;
  at: number;
}

/**
 * The persons a sentence names by an honorific pronoun ("وكان X قد استقبل سموه"): each is the
 * person the article first called by that address ("سمو الشيخ Y") before the pronoun. An agency
 * gives the pronoun to its own dignitary, whom it names first; a guest addressed alike later
 * ("ومعالي الوزير الضيف") is named again by his office.
 */
export function honoredPersons(tokens: readonly Token[], persons: PersonRead[], u: Unit): HonoredPerson[] {
  const out: HonoredPerson[] = [];
  for (let k = u.first; k < u.last; k++) {
    const t = tokens[k]!;
    if (!t.arabic) continue;
    const addresses = pronounAddresses(t);
    if (!addresses) continue;
    let best: HonoredPerson | null = null;
    persons.forEach((p, idx) => {
      for (const s of p.tokenSpans) {
        if (s.first >= k || (best && s.first >= best.at)) continue;
        if (addressedBefore(tokens, s.first, addresses)) best = { idx, at: s.first };
      }
    });
    if (best) out.push({ idx: (best as HonoredPerson).idx, at: k });
  }
  return out;
}

function addressedBefore(tokens: readonly Token[], first: number, addresses: Set<string>): boolean {
  for (let j = first - 1; j >= Math.max(0, first - ADDRESS_REACH); j--) {
    const t = tokens[j]!;
    if (t.kind !== "word") return false;
    if (addresses.has(addressKey(t.text))) return true;
  }
  return false;
}

/**
 * The participants with the persons the sentence names by an honorific pronoun, put where the
 * pronoun stands among those it names by name.
 */
export function withHonored(ctx: Ctx, persons: PersonRead[], u: Unit, participants: number[]): number[] {
  const honored = honoredPersons(ctx.doc.tokens, persons, u).filter((h) => !participants.includes(h.idx));
  if (!honored.length) return participants;
  const placed = participants.map((idx) => ({ idx, at: firstIn(persons[idx]!, u) }));
  for (const h of honored) if (!placed.some((p) => p.idx === h.idx)) placed.push(h);
  return placed.sort((a, b) => a.at - b.at).map((p) => p.idx);
}

// A person put in without a span in the unit (a described guest) keeps the front.
function firstIn(p: PersonRead, u: Unit): number {
  const inUnit = p.tokenSpans.filter((s) => s.first >= u.first && s.last < u.last).map((s) => s.first);
  return inUnit.length ? Math.min(...inUnit) : -1;
}
