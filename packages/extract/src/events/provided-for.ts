import type { Token } from "../text/tokens";
import type { Unit } from "./units";

// "وينص الاتفاق على", "برنامج الزيارة يتضمن", "the plan provides for": what a text or a programme
// lays down, in the present or the future. The past ("جولة شملت السعودية") tells what was done.
const AR = /^و?(ينص|تنص|يتضمن|تتضمن|سيتضمن|ستتضمن|يشمل|تشمل|سيشمل|ستشمل)$/u;
const EN: readonly (readonly string[])[] = [
  ["provides", "for"],
  ["provide", "for"],
  ["will", "include"],
  ["would", "include"],
];
// Asked at every token of a sentence: the phrases are looked for only where one may start.
const EN_FIRST = new Set(EN.map((p) => p[0]!));

/**
 * The token after which a sentence tells what an agreement, a plan or a visit's programme provides
 * for ("وينص الاتفاق على تمرين سنوي", "the programme of the visit includes a joint exercise", "the
 * plan provides for … staff exercises"), or -1: a happening named after it is to come, no occasion.
 */
export function providedFrom(tokens: readonly Pick<Token, "text" | "key">[], u: Unit): number {
  for (let k = u.first; k < u.last; k++) {
    if (AR.test(tokens[k]!.text)) return k;
    if (EN_FIRST.has(tokens[k]!.key) && EN.some((p) => p.every((w, i) => tokens[k + i]?.key === w))) return k;
  }
  return -1;
}
