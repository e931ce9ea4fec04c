import { sentenceOfToken } from "../document";
import type { PlaceHit } from "../gazetteer";
import { readings } from "../text/tokens";
import { nameAt, nameBefore, rankAt, roleAt, type Ctx, type NameSpan, type RankSpan, type RoleSpan } from "./anchors";
import { roleContinuerKeys } from "./vocabulary";

/**
 * Person mentions anchored on ranks, titles and roles, read left to right:
 *   ROLE [،] [RANK] NAME     وزير الدفاع التركي خلوصي أكار / رئيس أركان القوات البرية الليبية، الفريق ركن صدام حفتر
 *   RANK NAME [،] ROLE       الفريق/ أحمد خليفة، رئيس أركان حرب القوات المسلحة المصرية
 *   NAME، ROLE               سيباستيان لوكورنو، وزير الجيوش الفرنسية
 *   NAME، وهو أيضا ROLE      (a second role of the same person)
 *   COUNTERPART [DEMONYM] NAME   نظيره الأذربيجاني ذاكر حسنوف / his Tajik counterpart Sherali Mirzo
 */

export interface Mention {
  name: NameSpan;
  rank: RankSpan | null;
  roles: RoleSpan[];
  /** The role came from "his counterpart": its country is the demonym printed with it. */
  counterpart: RoleSpan | null;
  sentence: number;
}

const APPOSITION_GLUE = new Set(["،", ",", "وهو", "هو", "ايضا", "أيضا", "ايضاً", "أيضاً", "and", "who", "is", "also"]);
const COMMA = new Set(["،", ","]);

export function findMentions(ctx: Ctx): Mention[] {
  const { tokens } = ctx.doc;
  const out: Mention[] = [];
  let pending: RoleSpan | null = null;
  let last: Mention | null = null;

  const onlyBetween = (a: number, b: number, allowed: Set<string>) => {
    for (let k = a + 1; k < b; k++) if (!allowed.has(tokens[k]!.key) && !allowed.has(tokens[k]!.text)) return false;
    return true;
  };
  const add = (name: NameSpan, rank: RankSpan | null, roles: RoleSpan[]) => {
    const counterpart = roles.find((r) => r.counterpart) ?? null;
    const m: Mention = {
      name,
      rank,
      roles: roles.filter((r) => !r.counterpart),
      counterpart,
      sentence: sentenceOfToken(ctx.doc, name.first)?.index ?? -1,
    };
    out.push(m);
    last = m;
    pending = null;
    return m;
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (pending && i > pending.last + 1 && !onlyBetween(pending.last, i, COMMA)) pending = null;

    let role = roleAt(ctx, i);
    if (role && !t.arabic) role = extendLatinRoleBack(ctx, role, last ? last.name.last : -1);
    if (role) {
      const prev: Mention | null = last;
      if (prev && !role.prepositional && !role.counterpart && role.first > prev.name.last && onlyBetween(prev.name.last, role.first, APPOSITION_GLUE) && role.first - prev.name.last <= 4) {
        prev.roles.push(role);
        i = role.last;
        continue;
      }
      if (!role.prepositional && !role.counterpart && i > 0 && COMMA.has(tokens[i - 1]!.text)) {
        const before = nameBefore(ctx, i - 1);
        if (before && !out.some((m) => m.name.last >= before.first && m.name.first <= before.last)) {
          add(before, null, [role]);
          i = role.last;
          continue;
        }
      }
      if (pending && onlyBetween(pending.last, role.first, COMMA) && !role.counterpart && !pending.counterpart) {
        // "First Deputy Prime Minister, Minister of Defense and Interior"
        pending = { ...role, first: pending.first, start: pending.start, surface: ctx.doc.text.slice(pending.start, role.end) };
      } else pending = role;
      i = role.last;
      continue;
    }

    const rank = rankAt(ctx, i);
    if (rank) {
      const name = nameAt(ctx, rank.last + 1, true);
      if (name) {
        const roles = pending && onlyBetween(pending.last, rank.first, COMMA) ? [pending] : [];
        add(name, rank, roles);
        i = name.last;
      } else i = rank.last;
      continue;
    }

    if (pending && onlyBetween(pending.last, i, COMMA)) {
      const name = nameAt(ctx, i, false);
      if (name) {
        add(name, null, [pending]);
        i = name.last;
        continue;
      }
    }
  }
  return out;
}

/** English roles put their modifiers first: "Chinese Defense Minister", "National Defense Minister". */
function extendLatinRoleBack(ctx: Ctx, role: RoleSpan, floor: number): RoleSpan {
  const { tokens, text } = ctx.doc;
  let first = role.first;
  for (let k = role.first - 1; k > floor && k >= role.first - 4; k--) {
    const t = tokens[k]!;
    if (t.kind !== "word" || !t.capital || t.lineStart && k !== role.first - 1) break;
    const place: PlaceHit | undefined = ctx.placeAt[k];
    if (!roleContinuerKeys.has(t.key) && !place && !readings(t.key).length) break;
    if (!roleContinuerKeys.has(t.key) && !place) break;
    first = k;
    if (t.lineStart) break;
  }
  if (first === role.first) return role;
  const start = tokens[first]!.start;
  return { ...role, first, start, surface: text.slice(start, role.end) };
}
