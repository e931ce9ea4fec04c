import type { Ctx } from "./anchor-spans";
import type { PersonCluster } from "./coref";
import { isGivenName } from "./vocabulary";

/**
 * True when a person read only in the headline is no person: "… يبحث مع نائبة وزير الدفاع اليابانية
 * أمن الملاحة", "البحرية النيجيرية تحرر ناقلة …". A headline's words after an office or a
 * nationality are as often what the story is about as who; someone the headline names is named again
 * in the body, so a name the body never prints, that opens on no given name, is the subject matter.
 */
export function onlyInHeadline(ctx: Ctx, c: PersonCluster, titleEnd: number): boolean {
  if (titleEnd <= 0 || c.bare.length) return false;
  // A text of one line is all headline and all body: nothing is missing from a body it lacks.
  if (!/\S/u.test(ctx.doc.text.slice(titleEnd))) return false;
  if (!c.mentions.every((m) => m.name.end <= titleEnd)) return false;
  const first = ctx.doc.tokens[c.mentions[0]!.name.first];
  return !!first?.arabic && !isGivenName(first);
}
