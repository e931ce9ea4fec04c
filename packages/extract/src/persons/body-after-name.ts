import { COMMAS } from "../text/punctuation";
import type { Token } from "../text/tokens";
import type { Ctx } from "./anchor-spans";

const isFrom = (t: Token | undefined) => !!t && !t.lineStart && (t.arabic ? t.key === "من" : t.key === "from");

/**
 * "والعقيد X من إدارة التعاون الدولي بوزارة الدفاع الكورية", "Colonel X from the Korean defence
 * ministry": the body a name is said to be from, right after it and before the next comma, is his
 * own, and the state it names is his, over that of whoever he is listed with.
 */
export function stateOfBodyAfterName(ctx: Ctx, spans: readonly { first: number; last: number }[]): string | null {
  const { tokens } = ctx.doc;
  for (const s of spans) {
    // A name read a word short ("كيم جونغ" of a Korean name of three) leaves that word before من.
    const at = [s.last + 1, s.last + 2].find((k) => isFrom(tokens[k]) && (k === s.last + 1 || tokens[s.last + 1]!.kind === "word"));
    if (at === undefined) continue;
    for (let j = at + 1; j <= at + 11 && tokens[j]; j++) {
      const t = tokens[j]!;
      if (t.lineStart || COMMAS.has(t.text) || t.text === ".") break;
      const place = ctx.placeAt[j];
      if (place?.iso2 && (place.kind === "country" || place.viaDemonym)) return place.iso2;
    }
  }
  return null;
}
