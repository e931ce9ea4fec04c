import rules from "../rules/organizations.json";
import type { Ctx } from "../persons/anchor-spans";
import { matchKey } from "../text/normalize";
import { PhraseTrie } from "../text/phrase-trie";
import type { OrgMention } from "./index";
import { bodiesBeforeTheirPlace } from "./head-then-state";

const chamberTrie = new PhraseTrie<"chamber">(rules.chamberHeads.map((w) => [w, "chamber"] as const));
const fieldKeys = new Set(rules.chamberFields.map((w) => matchKey(w)));

/**
 * "غرفة تجارة وصناعة X"، "غرفة التجارة الأمريكية": a chamber of commerce is named by its trades
 * and the state or town it serves. The noun alone is also a room (غرفة العمليات، غرفة المحركات),
 * so the trades and the place right after them are required.
 */
export function findChambers(ctx: Ctx): OrgMention[] {
  // A place after a preposition ("بالبحرين") is where the chamber met, not the one it serves.
  return bodiesBeforeTheirPlace(
    ctx,
    chamberTrie,
    fieldKeys,
    1,
    (place, k) => place.start === ctx.doc.tokens[k]!.start,
  );
}
