import type { Doc } from "../document";
import type { OrganizationsRead } from "../organizations";
import type { PlaceHit } from "../places/gazetteer";
import type { Token } from "../text/tokens";

/**
 * The pieces a personal name is anchored on: a rank or honorific title before it, a role
 * (position) before or after it, or "his counterpart". Each reader takes a token index and
 * returns the extent it recognises, or null. All scanning is bounded (a role is at most
 * MAX_ROLE tokens, a name at most MAX_NAME), so the cost per token is constant.
 *
 * This module holds what the readers share: the spans they return, the reading context and the
 * per-token memo tables that keep a repeated question cheap. The readers themselves are in
 * ranks.ts, roles.ts, names.ts, verb-anchored-names.ts and nationality-names.ts.
 */

export interface Span {
  first: number;
  last: number;
  start: number;
  end: number;
  surface: string;
}

export interface RankSpan extends Span {
  military: boolean;
}

export interface RoleSpan extends Span {
  /** Conjunction on the head ("ورئيس"): the role of a further person in a list. */
  conjoined: boolean;
  /** A proclitic preposition on the head (برئيس، لوزير): a role of the next name, never of the previous. */
  prepositional: boolean;
  counterpart: boolean;
  /** A role of several people (وزراء الدفاع): it anchors no name. */
  plural: boolean;
}

export interface NameSpan extends Span {
  /** Name keys with "عبد X" joined, for matching. */
  keys: string[];
}

export interface Ctx {
  doc: Doc;
  /** Place hit covering each token, if any. */
  placeAt: (PlaceHit | undefined)[];
  /**
   * The organizations the rules read in the document and the anaphors that point back at one
   * (organizations/index.ts), read once: the
   * pipeline reads them before the persons, whose offices point back at them ("رئيسها التنفيذي").
   * See organizationsOf.
   */
  organizations?: OrganizationsRead;
  /** Per-token memo of the readers below (rank, role head, organization head at a token). */
  memo?: Memo;
}

type MemoKind = "roleHead" | "placeHead" | "orgHead" | "bodyFrom" | "rank" | "role" | "teamSentence";

/** One array per reader, indexed by token (or sentence); `undefined` means not read yet. */
type Memo = Record<MemoKind, unknown[]>;

/**
 * The readers are asked about the same token many times (names, roles, organizations). Arrays
 * indexed by token, rather than maps keyed by reader name, keep a repeated question to two loads.
 */
export function memoTable(ctx: Ctx, what: MemoKind): unknown[] {
  if (!ctx.memo) {
    // Sized up front so writes at any token index stay in fast (non-dictionary) array storage.
    const n = ctx.doc.tokens.length;
    const perToken = () => new Array<unknown>(n);
    ctx.memo = { roleHead: perToken(), placeHead: perToken(), orgHead: perToken(), bodyFrom: perToken(), rank: perToken(), role: perToken(), teamSentence: new Array<unknown>(ctx.doc.sentences.length) };
  }
  return ctx.memo[what];
}

/** The reader's answer at token i, computed once per token and kept in the memo table `what`. */
export function memoAt<T>(ctx: Ctx, what: Exclude<MemoKind, "teamSentence">, i: number, read: (ctx: Ctx, i: number) => T): T {
  const table = memoTable(ctx, what);
  let v = table[i] as T | undefined;
  if (v === undefined) table[i] = v = read(ctx, i);
  return v;
}

export function span(ctx: Ctx, first: number, last: number, start?: number): Span {
  const s = start ?? ctx.doc.tokens[first]!.start;
  const e = ctx.doc.tokens[last]!.end;
  return { first, last, start: s, end: e, surface: ctx.doc.text.slice(s, e) };
}

/**
 * A span with its name's keys, its fields written out: a spread of a span (`{ ...span(…), keys }`)
 * showed in CPU profiles as a hot line (V8 copying objects of many shapes); written out it does not.
 */
export function nameSpan(ctx: Ctx, first: number, last: number, keys: string[], start?: number): NameSpan {
  const s = span(ctx, first, last, start);
  return { first, last, start: s.start, end: s.end, surface: s.surface, keys };
}

export function isPlaceToken(ctx: Ctx, k: number): boolean {
  return ctx.placeAt[k] !== undefined;
}

export function joinKeys(tokens: readonly Token[], first: number, last: number): string[] {
  const out: string[] = [];
  for (let k = first; k <= last; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word") continue;
    const prev = out[out.length - 1];
    if (prev === "عبد" || prev === "ابو" || prev === "abu") out[out.length - 1] = prev + t.key;
    else out.push(t.key.replace(/^al$/, "al"));
  }
  return out;
}
