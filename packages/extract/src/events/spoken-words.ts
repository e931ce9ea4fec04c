import type { Token } from "../text/tokens";
import type { Unit } from "./units";
import type { CueHit } from "./cues";

// Verbs of commenting that open a sentence ("وقال", "وأضافت", "وأوضح"), not of announcing: "أعلنت
// الوزارة نشر …" tells a deed. Keys are folded (أ → ا).
export const COMMENT_AR = /^و?(قال|اضاف|اوضح|اكد|اعتبر|راي|اشار)(ت)?$/u;
export const COMMENT_EN = new Set(["said", "says", "told", "tells", "added"]);
// Where the words said give way to a clause of the narrator's own ("، فيما ذكّر Y بأن وحدات نفذت
// تمرينا", "…, whose chief, X, visited …"): what it tells is told by the report.
const CLAUSE_AFTER = new Set(["فيما", "بينما", "while", "whose", "who", "which"]);
export const THAT_AR: ReadonlySet<string> = new Set(["إن", "أن", "ان", "بأن", "بان"]);
// How far after the verb the words said may begin ("وقال قائد البحرية في مؤتمر صحفي إن …").
const REACH = 14;

/** The token after the words said that start at `from`: the next clause of the narrator's own, or the sentence's end. */
export function spokenWordsEnd(tokens: readonly Token[], u: Unit, from: number): number {
  for (let k = from; k < u.last; k++) if (CLAUSE_AFTER.has(tokens[k]!.key)) return k;
  return u.last;
}

/**
 * The first token of the words a named person is said to have spoken, in a sentence that opens by
 * saying so ("وقال العميد X في كلمته إن …", "Gen. X told reporters that …", "X, the commander, said
 * the boat …"), or -1. An occasion those words name (a meeting's aim, a visit planned) is the
 * speaker's account of it, no occasion the report tells of its own.
 */
export function spokenWordsStart(tokens: readonly Token[], u: Unit, named: (k: number) => boolean, english: boolean): number {
  return english ? englishWords(tokens, u, named) : arabicWords(tokens, u, named);
}

function arabicWords(tokens: readonly Token[], u: Unit, named: (k: number) => boolean): number {
  if (!COMMENT_AR.test(tokens[u.first]?.key ?? "")) return -1;
  const said = saidAfter(tokens, u.first, u.last);
  for (let j = u.first + 1; j < said - 1; j++) if (named(j)) return said;
  return -1;
}

/** The token after the "إن"/"أن" that opens the words said after the Arabic verb at `k`, before `to`, or -1. */
export function saidAfter(tokens: readonly Token[], k: number, to: number): number {
  for (let j = k + 1; j < to && j - k <= REACH; j++) if (THAT_AR.has(tokens[j]!.text)) return j + 1;
  return -1;
}

// "He added that …", "She said …": a sentence opened by a person's pronoun goes on with a speaker
// the report named before.
const SPEAKER_PRONOUNS = new Set(["he", "she"]);

function englishWords(tokens: readonly Token[], u: Unit, named: (k: number) => boolean): number {
  let speaker = false;
  for (let k = u.first; k < u.last && k - u.first <= REACH; k++) {
    if (named(k) || (k === u.first && SPEAKER_PRONOUNS.has(tokens[k]!.key))) speaker = true;
    if (!COMMENT_EN.has(tokens[k]!.key)) continue;
    if (!speaker) return -1;
    // "said the boat …", "said that …"; "told a news conference in X that …": after the hearers.
    if (tokens[k]!.key === "said" || tokens[k]!.key === "says" || tokens[k]!.key === "added") return tokens[k + 1]?.key === "that" ? k + 2 : k + 1;
    for (let j = k + 1; j < u.last && j - k <= 8; j++) if (tokens[j]!.key === "that") return j + 1;
    return -1;
  }
  return -1;
}

/**
 * "Paraguay's anti-drug agency said its agents seized …": an English verb of saying before every
 * 'other' cue of the unit, so the happening is told as someone's report of it.
 */
export function reportedBeforeCue(tokens: readonly Pick<Token, "key">[], u: Unit, cues: readonly CueHit[]): boolean {
  const acts = cues.filter((c) => c.kind === "other");
  if (!acts.length) return false;
  const firstAct = Math.min(...acts.map((c) => c.first));
  for (let k = u.first; k < firstAct; k++) if (COMMENT_EN.has(tokens[k]!.key)) return true;
  return false;
}
