import type { Ctx } from "../persons/anchor-spans";
import type { OrgMention } from "./index";

// The deliberative nouns two states' joint body is called by.
const JOINT_BODY_NOUNS = new Set(["commission", "committee"]);
const FIELD_WORD = /^[a-z][a-z-]+$/;

/**
 * "meetings of the joint border commission", "the joint defence commission will meet": English news
 * writes the commission two states keep together in lower case, with the article that makes it the
 * one body both have, and one or two words of its field. It is a body of the story, of neither state;
 * "a joint maritime committee" (indefinite) only says what kind of body is meant.
 */
export function findLowerCaseJointBodies(ctx: Ctx): OrgMention[] {
  const { tokens, text } = ctx.doc;
  const out: OrgMention[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.text !== "joint" || tokens[i - 1]!.key !== "the") continue;
    for (let k = i + 2; k <= i + 3 && k < tokens.length; k++) {
      const w = tokens[k]!;
      if (w.lineStart || !FIELD_WORD.test(w.text)) break;
      if (!JOINT_BODY_NOUNS.has(w.text)) continue;
      const fields = tokens.slice(i + 1, k);
      if (!fields.every((f) => FIELD_WORD.test(f.text) && !f.lineStart && !JOINT_BODY_NOUNS.has(f.text))) break;
      out.push({ first: i, last: k, start: t.start, end: w.end, surface: text.slice(t.start, w.end), fixed: false, inTitle: false });
      break;
    }
  }
  return out;
}
