import type { Doc } from "../document";
import type { PlaceHit } from "../places/gazetteer";
import { quotedNameEnd } from "../text/quotes";
import { readings, tokenReadings, type Token } from "../text/tokens";
import type { Ctx, RoleSpan } from "./anchor-spans";
import type { Mention } from "./find";
import { isHostPlace } from "./posted-host";
import { stateOfOfficePlaces } from "./site-side";
import { stateOfRulerTitle } from "./ruler-titles";
import { clauseBody } from "./office-verbs";
import { isShortenedGivenName } from "./shortened-given-name";
import { NAME_OPENERS, calendarWordKeys, givenNameKeys, isStopToken } from "./vocabulary";

/**
 * In-article coreference: mentions of the same person are merged, and short mentions (a rank
 * with one name, "الفريق خليفة"; a bare family name, "حفتر"; "Sheikh Fahad") are resolved to the
 * full name they stand for. Names that collide in real news stay apart: a shorter name joins a
 * longer one only when it keeps the same first name (صدام حفتر ⊂ صدام خليفة حفتر, but خليفة حفتر
 * is not صدام خليفة حفتر), and two military ranks that differ keep people apart.
 */

export interface PersonCluster {
  id: number;
  mentions: Mention[];
  /** Military rank bases seen in the cluster (people with different ranks are different people). */
  ranks: Set<string>;
  /** Distinct name variants (joined keys). */
  variants: Set<string>;
  /** Bare-name mentions resolved to this person (token ranges). */
  bare: { first: number; last: number; start: number; end: number; surface: string; sentence: number }[];
  keys: string[][];
}

function isSubsequence(short: string[], long: string[]): boolean {
  let j = 0;
  for (const k of long) if (j < short.length && short[j] === k) j++;
  return j === short.length;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0]!;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]!;
      dp[j] = Math.min(dp[j]! + 1, dp[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length]!;
}

const strip = (keys: string[]) => keys.filter((k) => !NAME_OPENERS.has(k) || k === "عبد");

function sameName(a: string[], b: string[]): boolean {
  const A = strip(a);
  const B = strip(b);
  if (!A.length || !B.length) return false;
  if (A.join(" ") === B.join(" ")) return true;
  // Same family name and the rest, the given name cut short in one: "Fred X" for "Frederick X".
  if (A[0] !== B[0]) return A.length >= 2 && A.length === B.length && A.slice(1).join(" ") === B.slice(1).join(" ") && isShortenedGivenName(A[0]!, B[0]!);
  if (A.length >= 2 && B.length >= 2) {
    if (A.length < B.length ? isSubsequence(A, B) : isSubsequence(B, A)) return A.at(-1) === B.at(-1) || Math.min(A.length, B.length) >= 2;
    // One misspelt word in the middle ("خليفة بن أحمد" / "خليفة بن حمد").
    if (A.length === B.length && A.at(-1) === B.at(-1)) {
      let diff = 0;
      for (let i = 0; i < A.length; i++) if (A[i] !== B[i]) diff += editDistance(A[i]!, B[i]!) <= 2 ? 1 : 9;
      return diff === 1;
    }
  }
  return false;
}

const rankBaseCache = new WeakMap<Mention, string | null>();
function rankBase(m: Mention): string | null {
  const cached = rankBaseCache.get(m);
  if (cached !== undefined) return cached;
  const v = computeRankBase(m);
  rankBaseCache.set(m, v);
  return v;
}

function computeRankBase(m: Mention): string | null {
  if (!m.rank?.military) return null;
  const w = m.rank.surface.split(/\s+/)[0] ?? "";
  return readings(w.replace(/^ال/, "")).at(0)?.key.replace(/^ال/, "") ?? null;
}


export function clusterMentions(ctx: Ctx, mentions: Mention[]): PersonCluster[] {
  reclassifyShortUses(mentions);
  const clusters: PersonCluster[] = [];
  const full = mentions.filter((m) => strip(m.name.keys).length >= 2);
  const single = mentions.filter((m) => strip(m.name.keys).length === 1);
  const byLength = [...full].sort((a, b) => b.name.keys.length - a.name.keys.length || a.name.first - b.name.first);
  const fits = (c: PersonCluster, m: Mention) => {
    const r = rankBase(m);
    return !r || c.ranks.size === 0 || c.ranks.has(r);
  };
  for (const m of byLength) {
    const joined = m.name.keys.join(" ");
    const c = clusters.find((c) => (c.variants.has(joined) || c.keys.some((k) => sameName(m.name.keys, k))) && fits(c, m));
    const r = rankBase(m);
    if (c) {
      c.mentions.push(m);
      if (!c.variants.has(joined)) {
        c.variants.add(joined);
        c.keys.push(m.name.keys);
      }
      if (r) c.ranks.add(r);
    } else clusters.push({ id: clusters.length, mentions: [m], bare: [], keys: [m.name.keys], ranks: new Set(r ? [r] : []), variants: new Set([joined]) });
  }
  for (const m of single) {
    const k = strip(m.name.keys)[0]!;
    const c = resolveSingle(clusters, k, m.name.first, m);
    if (c) c.mentions.push(m);
    // "وقال لافروف" with no full name in the article: a public figure's short name is a person.
    else if (m.figure) clusters.push({ id: clusters.length, mentions: [m], bare: [], keys: [m.name.keys], ranks: new Set(), variants: new Set([m.name.keys.join(" ")]) });
  }
  for (const c of clusters) c.mentions.sort((a, b) => a.name.first - b.name.first);
  addBareMentions(ctx, clusters);
  return clusters;
}

const ROYAL = /^(ال)?(امير|اميره|شيخ|شيخه|سلطان|ملك|sheikh|shaikh|prince|emir|king|sultan)$/u;

/**
 * "الفريق حفتر تحيات …", "الأمير تميم قضايا أمنية": a rank or title with one known name, where
 * the name reader ran on into ordinary words. When the first word is the family name of another
 * person (or, after a royal title, his first name) and the words after it are named nowhere else,
 * the mention is that one word.
 */
function reclassifyShortUses(mentions: Mention[]): void {
  const full = mentions.filter((m) => strip(m.name.keys).length >= 2);
  // Per distinct name: which words it uses, its family name, its first name, its ranks.
  const byName = new Map<string, { keys: string[]; ranks: Set<string | null> }>();
  for (const m of full) {
    const keys = strip(m.name.keys);
    const j = keys.join(" ");
    const e = byName.get(j) ?? { keys, ranks: new Set<string | null>() };
    e.ranks.add(rankBase(m));
    byName.set(j, e);
  }
  const wordUse = new Map<string, Set<string>>();
  for (const [j, e] of byName) for (const k of e.keys) (wordUse.get(k) ?? wordUse.set(k, new Set()).get(k)!).add(j);
  for (const m of full) {
    const keys = strip(m.name.keys);
    const own = keys.join(" ");
    if (byName.size < 2) continue;
    const tail = keys.slice(1);
    if (m.name.keys.some((k) => NAME_OPENERS.has(k) && k !== "عبد")) continue;
    if (tail.some((k) => givenNameKeys.has(k) || [...(wordUse.get(k) ?? [])].some((j) => j !== own))) continue;
    const r = rankBase(m);
    let asFamily = false;
    let asFirstName = false;
    for (const [j, e] of byName) {
      if (j === own) continue;
      if (e.keys.at(-1) === keys[0] && (!r || [...e.ranks].every((x) => !x || x === r))) asFamily = true;
      if (e.keys[0] === keys[0]) asFirstName = true;
    }
    const titleWord = m.rank?.surface.split(/\s+/).at(-1) ?? m.roles[0]?.surface.split(/\s+/)[0] ?? "";
    const asFirst = ROYAL.test(matchTitle(titleWord)) && asFirstName;
    if (!asFamily && !asFirst) continue;
    m.name = { ...m.name, last: m.name.first, end: m.name.start + firstWordLength(m.name.surface), surface: m.name.surface.slice(0, firstWordLength(m.name.surface)), keys: [keys[0]!] };
  }
}

function firstWordLength(s: string): number {
  const m = /^\S+/u.exec(s);
  return m ? m[0].length : s.length;
}

function matchTitle(w: string): string {
  return w
    .replace(/[\u064B-\u065F\u0670\u0640]/g, "")
    .replace(/[أإآ]/g, "ا")
    .replace(/ة/g, "ه")
    .toLowerCase();
}

function lastKey(c: PersonCluster): string {
  const keys = strip(c.keys[0]!);
  return keys[keys.length - 1]!;
}

function resolveSingle(clusters: PersonCluster[], k: string, at: number, m?: Mention): PersonCluster | undefined {
  const candidates = clusters.filter((c) => c.keys.some((ks) => strip(ks).includes(k)));
  if (!candidates.length) return undefined;
  const score = (c: PersonCluster) => {
    let s = 0;
    const r = m ? rankBase(m) : null;
    if (r && c.ranks.has(r)) s += 8;
    if (r && c.ranks.size && !c.ranks.has(r)) s -= 20;
    if (lastKey(c) === k) s += 4;
    else if (strip(c.keys[0]!)[0] === k) s += 2;
    // The nearest full mention before this one.
    let nearest = -1;
    for (const o of c.mentions) if (o.name.first < at && o.name.first > nearest) nearest = o.name.first;
    if (nearest >= 0) s += 1 + nearest / 1e7;
    return s;
  };
  const ranked = candidates.map((c) => [score(c), c] as const).sort((a, b) => b[0] - a[0]);
  return ranked[0]![0] < -5 ? undefined : ranked[0]![1];
}

function addBareMentions(ctx: Ctx, clusters: PersonCluster[]): void {
  const { tokens, text } = ctx.doc;
  const taken = new Uint8Array(tokens.length);
  for (const c of clusters) for (const m of c.mentions) for (let k = m.name.first; k <= m.name.last; k++) taken[k] = 1;
  // Family names that point to exactly one person; first names too for Latin script ("Dong said").
  const family = new Map<string, PersonCluster | null>();
  const firstNames = new Set<string>();
  for (const c of clusters) {
    const keys = strip(c.keys[0]!);
    firstNames.add(keys[0]!);
    for (const ks of c.keys) {
      const s = strip(ks);
      const fam = s[s.length - 1]!;
      // A weekday or month is never a family name to spread ("… رايس الأربعاء").
      if (fam.length < 3 || calendarWordKeys.has(fam)) continue;
      family.set(fam, family.has(fam) && family.get(fam) !== c ? null : c);
    }
  }
  for (const [k, c] of family) if (c && firstNames.has(k) && strip(c.keys[0]!)[0] !== k) family.set(k, null);
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    const t: Token = tokens[i]!;
    if (t.kind !== "word") continue;
    let hit: PersonCluster | null | undefined;
    let cut = 0;
    for (const r of tokenReadings(t)) {
      hit = family.get(r.key);
      if (hit) {
        cut = r.cut;
        break;
      }
    }
    // "Al-Ruwaili", "آل خليفة": a family name printed with its article as a separate token.
    if (!hit && (t.key === "al" || t.key === "ال") && tokens[i + 1]) {
      const n = tokens[i + 2] && tokens[i + 1]!.text === "-" ? tokens[i + 2]! : tokens[i + 1]!;
      hit = family.get(n.key) ?? family.get("ال" + n.key);
      if (hit) {
        const s = t.start;
        hit.bare.push({ first: i, last: n.i, start: s, end: n.end, surface: text.slice(s, n.end), sentence: -1 });
        for (let k = i; k <= n.i; k++) taken[k] = 1;
        i = n.i;
        continue;
      }
    }
    if (!hit) continue;
    // "مع المجمع "X للإنشاءات البحرية"": a family name opening a quoted name of more words is a
    // company or a ship named after the family, not the person said again.
    if (quotedNameEnd(tokens, i - 1) > i + 1) continue;
    if (givenNameKeys.has(t.key) && !t.arabic) {
      // A Latin given name alone is resolved only when it is the family name too.
    }
    if (isStopToken({ ...t, key: readings(t.key).find((r) => r.cut === cut)?.key ?? t.key }) && t.arabic) continue;
    const start = t.start + (cut ? cutChars(t.text, cut) : 0);
    hit.bare.push({ first: i, last: i, start, end: t.end, surface: text.slice(start, t.end), sentence: -1 });
  }
}

function cutChars(raw: string, letters: number): number {
  let seen = 0;
  let i = 0;
  while (i < raw.length && seen < letters) {
    if (!/[\u064B-\u065F\u0670\u0640]/.test(raw[i]!)) seen++;
    i++;
  }
  return i;
}

/** Places (countries, demonyms) printed inside a token range, in order. */
export function placesIn(ctx: Ctx, first: number, last: number): PlaceHit[] {
  const out: PlaceHit[] = [];
  for (let k = first; k <= last; k++) {
    const p = ctx.placeAt[k];
    if (p && out[out.length - 1] !== p) out.push(p);
  }
  return out;
}

export function roleCountry(ctx: Ctx, role: RoleSpan): string | null {
  const { first, last } = clauseBody(role) ?? role;
  const ruler = stateOfRulerTitle(role.surface);
  if (ruler) return ruler;
  const state = stateOfOfficePlaces(placesIn(ctx, first, last).filter((p) => p.iso2 && !isHostPlace(ctx, role, p.firstToken)));
  if (state) return state;
  // "Turkiye’s National Defense Minister"
  const t = ctx.doc.tokens;
  if (t[role.first - 1]?.key === "s" && ["’", "'"].includes(t[role.first - 2]?.text ?? "")) {
    const p = ctx.placeAt[role.first - 3];
    if (p?.iso2) return p.iso2;
  }
  return null;
}

export type { Doc };
