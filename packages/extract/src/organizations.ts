import rules from "./rules/organizations.json";
import { rankAt, type Ctx } from "./persons/anchors";
import { isStopToken, roleHeadTrie } from "./persons/vocabulary";
import { PhraseTrie } from "./text/phrase-trie";
import { matchKey } from "./text/normalize";
import { readings } from "./text/tokens";

/**
 * Organizations: a head (القوات المسلحة، وزارة، حكومة، مجلس، Ministry …) and the words that name
 * it (the state, the branch, the sector), or a fixed name (الأمم المتحدة، NATO). A head alone or
 * with only a generic adjective ("القيادة العامة") is a title, not a name, and is skipped.
 */

export interface OrgMention {
  first: number;
  last: number;
  start: number;
  end: number;
  surface: string;
  fixed: boolean;
}

export interface OrgRead {
  name: string;
  country: string | null;
  mentions: { start: number; end: number; surface: string }[];
}

const headTrie = new PhraseTrie<"head">([...rules.heads.ar, ...rules.heads.en].map((h) => [h, "head"] as const));
const fixedTrie = new PhraseTrie<"fixed">([...rules.fixed.ar, ...rules.fixed.en].map((h) => [h, "fixed"] as const));
const generic = new Set(rules.genericAdjectives.map((w) => matchKey(w)));
const international = new Set(rules.international.map((w) => matchKey(w)));
const NON_DEFINITE_CONTINUERS = new Set(["شرق", "غرب", "شمال", "جنوب", "دفاع", "الدفاع"].map((w) => matchKey(w)));

function continues(ctx: Ctx, k: number, latin: boolean): boolean {
  const t = ctx.doc.tokens[k];
  if (!t || t.lineStart || t.kind !== "word") return false;
  if (rankAt(ctx, k) || roleHeadTrie.matchAt(ctx.doc.tokens, k, ctx.doc.text)) return false;
  if (latin) return t.capital && !isStopToken(t) || ["of", "the", "for", "and"].includes(t.key) || !!ctx.placeAt[k];
  if (ctx.placeAt[k]) return !t.key.startsWith("و") && !/^ب[^ا]/.test(t.key);
  if (isStopToken(t)) return false;
  if (/^(و|ب)/.test(t.key) && !readings(t.key).some((r) => r.key === t.key && t.key.startsWith("ال"))) return false;
  if (t.key.startsWith("ال") && t.key.length > 3) return true;
  if (/^(لل|ل)/.test(t.key) && t.key.length > 3) return true;
  return NON_DEFINITE_CONTINUERS.has(t.key);
}

export function findOrganizations(ctx: Ctx): OrgMention[] {
  const { tokens, text } = ctx.doc;
  const out: OrgMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const fixed = fixedTrie.matchAt(tokens, i, text);
    const head = headTrie.matchAt(tokens, i, text);
    if (!fixed && !head) continue;
    const m = fixed && (!head || fixed.last >= head.last) ? fixed : head!;
    const latin = !tokens[i]!.arabic;
    if (latin && !tokens[i]!.capital) continue;
    let last = m.last;
    let j = m.last + 1;
    while (j < tokens.length && j - i < 10) {
      if (latin && tokens[j]!.text === "-" && !tokens[j]!.spaceBefore && tokens[j + 1] && !tokens[j + 1]!.spaceBefore) {
        last = j + 1;
        j += 2;
        continue;
      }
      // "(JAF)" right after a Latin name.
      if (latin && tokens[j]!.text === "(" && tokens[j + 2]?.text === ")" && tokens[j + 1]!.kind === "word" && tokens[j + 1]!.text === tokens[j + 1]!.text.toUpperCase()) {
        last = j + 2;
        break;
      }
      // A new head after و starts another organization.
      if (tokens[j]!.key.startsWith("و") && headTrie.matchAt(tokens, j, text)) break;
      if (!continues(ctx, j, latin)) break;
      last = j++;
    }
    while (latin && last > m.last && ["of", "the", "for", "and"].includes(tokens[last]!.key)) last--;
    // English names that put the state first: "Turkish Defense Ministry", "Jordan Armed Forces".
    let first = i;
    let start = m.start;
    if (latin) {
      for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
        const t = tokens[k]!;
        if (t.kind !== "word" || !t.capital || isStopToken(t) && !ctx.placeAt[k]) break;
        if (rankAt(ctx, k)) break;
        first = k;
        start = t.start;
        if (t.lineStart) break;
      }
    }
    const surface = (first < i ? text.slice(start, m.start) : "") + m.surface + text.slice(m.end, tokens[last]!.end);
    // A head needs a specifier beyond generic adjectives.
    const headWords = m.last - m.first + 1;
    const extra: string[] = [];
    for (let k = m.last + 1; k <= last; k++) if (tokens[k]!.kind === "word") extra.push(tokens[k]!.key);
    for (let k = first; k < i; k++) if (tokens[k]!.kind === "word") extra.push(tokens[k]!.key);
    const specified = m === fixed || extra.some((w) => !generic.has(w) && !["of", "the", "for", "and"].includes(w));
    void headWords;
    if (specified) out.push({ first, last, start, end: tokens[last]!.end, surface: surface.trim(), fixed: m === fixed });
    i = last;
  }
  return out;
}

export function isInternational(name: string): boolean {
  const k = matchKey(name);
  if (international.has(k)) return true;
  for (const w of international) if (k.startsWith(w + " ") || k === w) return true;
  return false;
}
