import { organizationsOf, type OrgMention } from "../organizations";
import type { Ctx } from "./anchor-spans";

/** Where the opening words were printed again, and the body named in full before with them. */
export interface OpeningSaidAgain {
  at: number;
  body: OrgMention;
}

/**
 * "زار الوفد مقر القوة المشتركة … حيث استقبله قائدها" after "القوة المشتركة السودانية التشادية":
 * a body is said again by the first two words of its full name, which the organizations do not
 * read as a body of its own. The last such printing in the pronoun's paragraph, within `within`
 * tokens, points to the body named before with that opening.
 */
export function nameOpeningSaidAgainBefore(ctx: Ctx, i: number, within: number): OpeningSaidAgain | null {
  const { tokens } = ctx.doc;
  const bodies = organizationsOf(ctx).mentions.filter((o) => o.last > o.first && tokens[o.first]!.arabic && tokens[o.first]!.key.startsWith("ال"));
  if (!bodies.length) return null;
  for (let k = i - 2; k >= 0 && i - k <= within; k--) {
    if (tokens[k + 1]!.lineStart) return null;
    const first = tokens[k]!.key;
    const second = tokens[k + 1]!.key;
    const body = bodies.filter((o) => o.last < k && tokens[o.first]!.key === first && tokens[o.first + 1]!.key === second).at(-1);
    if (body) return { at: k + 1, body };
  }
  return null;
}
