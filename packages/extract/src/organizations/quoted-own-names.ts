import rules from "../rules/organizations.json";
import { matchKey } from "../text/normalize";
import type { Token } from "../text/tokens";
import type { OrgMention } from "./index";
import { quotedNameEnd } from "../text/quotes";

/**
 * "قوة الاتحاد الأوروبي «X»", "بعثة الأمم المتحدة «Y»": a force or a mission named first by the
 * body it serves under and then by a name of its own in quotes goes by that name; the construct
 * before it only says whose it is. A quoted word with the article after a body is rather the
 * object of a verb before it ("ووصفت بعثة الأمم المتحدة «الهجوم» …"), so the name has none.
 */

const headKeys = new Set(rules.quotedOwnNameHeads.map((w) => matchKey(w)));

export function quotedOwnName(tokens: readonly Token[], text: string, o: OrgMention): OrgMention {
  if (o.last === o.first || !headKeys.has(tokens[o.first]!.key)) return o;
  const close = quotedNameEnd(tokens, o.last + 1);
  if (close < 0 || tokens[o.last + 2]!.key.startsWith("ال")) return o;
  // The mention keeps every word, so no word of the construct is read as a body of its own.
  const start = tokens[o.last + 2]!.start;
  const end = tokens[close - 1]!.end;
  return { ...o, last: close, start, end, surface: text.slice(start, end), fixed: true, servesUnder: o.surface };
}
