import type { HeadedPlace } from "./locations";
import type { Ctx } from "../persons/anchor-spans";
import { nameWord, place } from "./english-unlisted-places";

/*
 * Places of English news named in a list by a plural noun of what they are: after it with "of"
 * ("the villages of Tarik, Kalo and Senda"), or after the list ("the Tarik and Kalo districts",
 * "the Senda and Moyo rivers"). The plural says every name of the list is such a place, so names
 * no gazetteer holds are read beside the listed ones.
 */

type Kind = HeadedPlace["kind"];
const PLURAL_OF = new Map<string, Kind>([["villages", "city"], ["towns", "city"], ["cities", "city"], ["ports", "city"], ["islands", "region"], ["districts", "region"], ["provinces", "region"], ["regions", "region"], ["counties", "region"]]);
const PLURAL_AFTER = new Map<string, Kind>([["districts", "region"], ["provinces", "region"], ["regions", "region"], ["counties", "region"], ["rivers", "region"], ["islands", "region"]]);
const MAX_NAME_WORDS = 3;
const MAX_ITEMS = 6;

interface Item {
  first: number;
  last: number;
  /** Read by the gazetteer already. */
  listed: boolean;
}

/** One name of the list at `k`: a listed place, or up to three capitalized words no list holds. */
function itemAt(ctx: Ctx, k: number): Item | null {
  const t = ctx.doc.tokens[k];
  if (!t || t.lineStart || !t.capital) return null;
  const p = ctx.placeAt[k];
  if (p) return p.firstToken === k ? { first: k, last: p.lastToken, listed: true } : null;
  if (!nameWord(ctx, k)) return null;
  let last = k;
  while (last < k + MAX_NAME_WORDS - 1 && nameWord(ctx, last + 1)) last++;
  return { first: k, last, listed: false };
}

/** The names of a list from `k` ("A, B and C"), closed by "and" or "or" before its last; [] if none. */
function listAt(ctx: Ctx, k: number): Item[] {
  const { tokens } = ctx.doc;
  const items: Item[] = [];
  for (let j = k; items.length < MAX_ITEMS; ) {
    const item = itemAt(ctx, j);
    if (!item) return [];
    items.push(item);
    const sep = tokens[item.last + 1];
    if (sep?.key === "and" || sep?.key === "or") {
      const lastItem = itemAt(ctx, item.last + 2);
      return lastItem ? [...items, lastItem] : [];
    }
    if (sep?.text !== ",") return items.length > 1 ? [] : items;
    j = item.last + 2;
  }
  return [];
}

/**
 * "the San Miguel and Putumayo rivers": the names listed before a plural noun of rivers are rivers
 * there, though the gazetteer lists a town or a province by them; their token ranges.
 */
export function riverListItems(ctx: Ctx): { first: number; last: number }[] {
  const { tokens } = ctx.doc;
  const out: { first: number; last: number }[] = [];
  for (let i = 2; i < tokens.length; i++) {
    if (tokens[i]!.key !== "rivers" || tokens[i]!.capital) continue;
    const items = listBefore(ctx, i);
    out.push(...items);
  }
  return out;
}

/** The list between the article and the plural noun at `i` ("the Tarik and Kalo districts"), or []. */
function listBefore(ctx: Ctx, i: number): Item[] {
  const { tokens } = ctx.doc;
  let k = i - 1;
  while (k > 0 && tokens[k - 1]!.key !== "the" && i - k < MAX_ITEMS * (MAX_NAME_WORDS + 1)) k--;
  if (tokens[k - 1]?.key !== "the") return [];
  const items = listAt(ctx, k);
  return items.length > 1 && items.at(-1)!.last === i - 1 ? items : [];
}

export function findEnglishListedPlaces(ctx: Ctx): HeadedPlace[] {
  const { tokens } = ctx.doc;
  const out: HeadedPlace[] = [];
  const push = (items: Item[], kind: Kind) => {
    for (const it of items) if (!it.listed) out.push(place(ctx, it.first, it.last, kind));
  };
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.arabic || t.kind !== "word" || t.capital) continue;
    // "the villages of Tarik, Kalo and Senda".
    const ofKind = PLURAL_OF.get(t.key);
    if (ofKind && tokens[i + 1]?.key === "of") {
      const items = listAt(ctx, i + 2);
      if (items.length > 1) {
        push(items, ofKind);
        i = items.at(-1)!.last;
      }
      continue;
    }
    // "the Tarik and Kalo districts": the list between the article and the plural noun.
    const afterKind = PLURAL_AFTER.get(t.key);
    if (!afterKind) continue;
    const items = listBefore(ctx, i);
    // "the Senda and Moyo rivers": rivers that make a border take no state.
    for (const it of items) if (!it.listed) out.push({ ...place(ctx, it.first, it.last, afterKind), water: t.key === "rivers" });
  }
  return out;
}
