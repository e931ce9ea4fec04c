import { namesInternationalBody } from "../organizations";
import type { Ctx, RoleSpan } from "./anchor-spans";
import { stateServedInBody } from "./posted-host";

// The article and the prepositions an office's body is printed with: البرنامج، للمنظمة، بالبعثة.
const DEFINITE = /^(و|ف)?(بال|لل|ال)(?=..)/u;

/**
 * "منسقة البرنامج في السودان", "نائب الأمين العام للمنظمة", "الأمين العام المساعد للجامعة": an office
 * whose body is printed again by its head noun alone, with the article, after the article named an
 * international body in a name opening on that noun ("برنامج الأغذية العالمي", "منظمة شنغهاي للتعاون", "جامعة
 * الدول العربية"), is that body's; its holder serves no state unless the role names the one he
 * serves ("مندوب مصر لدى المنظمة").
 */
export function namesInternationalBodySaidAgain(ctx: Ctx, role: RoleSpan): boolean {
  const { tokens } = ctx.doc;
  const heads = new Set<string>();
  for (let k = role.first + 1; k <= role.last; k++) {
    const t = tokens[k]!;
    if (t.arabic && DEFINITE.test(t.key)) heads.add(t.key.replace(DEFINITE, ""));
  }
  // Asked of every role: the cheap tests first, the word's clitics cut only where they may matter.
  if (!heads.size || stateServedInBody(ctx, role)) return false;
  for (let k = 0; k < role.first; k++) {
    if (!tokens[k]!.arabic || tokens[k]!.key.startsWith("ال") || !endsOnAny(tokens[k]!.key, heads)) continue;
    // "برنامج", "وكالة": a word's own first letter may be one a clitic is written with; the word is
    // tried whole, then with و or ف cut, then with ب، ل or ك cut too.
    const key = tokens[k]!.key;
    const cuts = [key, key.replace(/^(و|ف)(?=..)/u, ""), key.replace(/^(و|ف)?(ب|ل|ك)?(?=..)/u, "")];
    if (!cuts.some((c) => heads.has(c))) continue;
    // The body's name: the head and the words right after it, up to a mark or a new clause.
    const words = [tokens[k]!.text];
    for (let j = k + 1; j <= k + NAME_WORDS && j < role.first && tokens[j]!.kind === "word" && !/^[وف]/u.test(tokens[j]!.key); j++) words.push(tokens[j]!.text);
    if (namesInternationalBody(words.join(" "))) return true;
  }
  return false;
}

const NAME_WORDS = 4;

/**
 * Whether the key ends on one of the heads: a word with its clitics cut is one of them only then,
 * and this test, unlike the cut, needs no regular expression at every word before every role.
 */
function endsOnAny(key: string, heads: ReadonlySet<string>): boolean {
  for (const h of heads) if (key.endsWith(h)) return true;
  return false;
}

/**
 * True when an office is an international body's, named in it or said again by its head, and names
 * no state its holder serves: he serves none, whatever nationality the text gives him ("قائد القوة
 * اللواء النمساوي X" after "قوة الاتحاد الأوروبي").
 */
export function servesInternationalBody(ctx: Ctx, role: RoleSpan): boolean {
  return (namesInternationalBody(role.surface) && !stateServedInBody(ctx, role)) || namesInternationalBodySaidAgain(ctx, role);
}
