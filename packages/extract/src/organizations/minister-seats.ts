import type { Ctx } from "../persons/anchor-spans";
import { sentenceOfToken } from "../document";
import { matchKey } from "../text/normalize";
import { tokenReadsAs } from "../text/tokens";
import { afterSeatWord } from "./fragments";

/**
 * "أجرى X بمقر وزارة الخارجية Y محادثات مع نظيره Z", "استقبلت الوزيرة ضيفها في مقر وزارة الدفاع":
 * a ministry printed after the word of its seat, in a sentence that names its minister, is where
 * the minister received the guest. The seat is the place of the story (a site of its own), and the
 * minister stands for the ministry, which does not act there; printed elsewhere for itself it is
 * listed there. Where no minister of it is named ("استقبل رئيس الأركان X بمقر وزارة الدفاع"), the
 * ministry is the host and stays a body of the story.
 */

const MINISTRY = new Set([matchKey("وزارة")]);
// The minister and the woman minister, as matchKey folds them.
const MINISTER_HEADS = ["وزير", "وزيرة"].map((w) => matchKey(w));
// The definite head alone, pointing back at the minister of the story.
const MINISTER_ALONE = new Set(MINISTER_HEADS.map((w) => "ال" + w));
// "وزارة الخارجية" and "وزير الشؤون الخارجية": the affairs of a field are the field.
const AFFAIRS = matchKey("الشؤون");
const withoutAffairs = (words: readonly string[]) => words.filter((w) => w !== AFFAIRS).join(" ");

export interface StoryPerson {
  role: string | null;
  country: string | null;
  tokenSpans: readonly { first: number; last: number }[];
}

/**
 * True when the body first…last is a ministry named only as its minister's seat in this sentence.
 * `home` is the story's state, the ministry's when neither its name nor the town after it says.
 */
export function isMinistersSeat(ctx: Ctx, o: { first: number; last: number }, persons: readonly StoryPerson[], home: string | null): boolean {
  const { tokens } = ctx.doc;
  if (!afterSeatWord(ctx, o.first) || !tokenReadsAs(tokens[o.first]!, MINISTRY)) return false;
  // The field is the words after وزارة up to the nationality that closes the name.
  let fieldEnd = o.last;
  let nationality: string | null = null;
  while (fieldEnd > o.first && ctx.placeAt[fieldEnd]?.viaDemonym) nationality = ctx.placeAt[fieldEnd--]!.iso2 ?? nationality;
  const field = withoutAffairs(tokens.slice(o.first + 1, fieldEnd + 1).map((t) => t.key));
  const sentence = sentenceOfToken(ctx.doc, o.first);
  if (!field || !sentence) return false;
  const inSentence = (s: { first: number; last: number }) => s.first >= sentence.first && s.last < sentence.last;
  const named = persons.filter((p) => p.tokenSpans.some(inSentence));
  // "وكانت الوزيرة قد استقبلت …": the minister of the story said again by the definite head alone.
  const saidAlone = tokens.slice(sentence.first, sentence.last).some((t, k) => MINISTER_ALONE.has(t.key) && !tokens[sentence.first + k + 1]?.key.startsWith("ال"));
  const holders = (saidAlone ? persons : named).filter((p) => holdsMinistry(p.role, field));
  // "أجرى X بمقر وزارة الخارجية المجرية مباحثات مع نظيره المجري Y": a minister of the field and a
  // person of the state the name prints, his host, whose office the reader may not have read.
  if (nationality) return holders.length > 0 && named.some((p) => p.country === nationality);
  // "بمقر وزارة الداخلية" with a guest minister of the field: the host state's ministry, whose own
  // minister is not there, hosts the talks.
  const state = stateAfter(ctx, o.last) ?? home;
  return holders.some((p) => !state || p.country === state);
}

/** "وزارة الدفاع في سكوبيه", "بالعاصمة X": the state of the town printed right after the body. */
function stateAfter(ctx: Ctx, last: number): string | null {
  const { tokens } = ctx.doc;
  const at = tokens[last + 1]?.key === matchKey("في") ? last + 2 : last + 1;
  const place = ctx.placeAt[at];
  return place && !place.viaDemonym && place.firstToken === at ? (place.iso2 ?? null) : null;
}

/**
 * "نائب رئيس الوزراء وزير الشؤون الخارجية والأوروبية …" holds the ministry of "الخارجية والأوروبية";
 * the field's first word tells it, for a ministry joins its fields differently in each state
 * ("الخارجية والتجارة", "الخارجية والتعاون").
 */
function holdsMinistry(role: string | null, field: string): boolean {
  if (!role) return false;
  const key = ` ${withoutAffairs(matchKey(role).split(" "))} `;
  const first = field.split(" ")[0]!;
  return MINISTER_HEADS.some((head) => key.includes(` ${head} ${first} `));
}
