import rules from "../rules/topics.json";
import type { Doc } from "../document";
import { PhraseTrie } from "../text/phrase-trie";
import { tokenize } from "../text/tokens";

/**
 * An exercise or drill said to be joint or bilateral (`التمرين البحري المشترك`, `joint naval drill`)
 * is held by the forces of more than one state, so it tells military cooperation as well as
 * training, whatever words stand between the drill and its adjective.
 */

const { heads, joint, reach } = rules.jointDrills;
const drillHeads = new PhraseTrie<true>(heads.map((h) => [h, true] as const));
const jointKeys = new Set(joint.map((w) => tokenize(w)[0]!.key));

/** How many drills the text calls joint. */
export function countJointDrills(doc: Doc): number {
  const { tokens } = doc;
  let n = 0;
  for (const m of drillHeads.findAll(tokens, doc.text)) {
    // Arabic puts the adjective after the drill and what it is of; English puts it before.
    const after = wordsFrom(doc, m.last + 1, 1);
    const before = wordsFrom(doc, m.first - 1, -1);
    if ([...after, ...before].some((k) => jointKeys.has(k))) n++;
  }
  return n;
}

/** Keys of up to `reach` words from token i in direction step, stopping at punctuation or a new line. */
function wordsFrom(doc: Doc, i: number, step: 1 | -1): string[] {
  const out: string[] = [];
  for (let j = i; j >= 0 && j < doc.tokens.length && out.length < reach; j += step) {
    const t = doc.tokens[j]!;
    if (t.kind === "punct" || (step === 1 ? t.lineStart : doc.tokens[j + 1]?.lineStart)) break;
    out.push(t.key);
  }
  return out;
}
