import type { Token } from "../text/tokens";

/*
 * "منطقة الإجراءات الموحدة": after the area's noun a definite sound feminine plural with a definite
 * adjective after it, agreeing with the plural, makes the name of a zone that bears both words (a
 * zone of unified procedures), a place of its own. Alone the plural may be a town's name
 * (العوينات) or a common noun (الصناعات, listed in areaCommonNouns): the shape tells nothing.
 */

/** A definite sound feminine plural of four letters and more before ات (not الفرات, a name). */
const SOUND_PLURAL = /^ال[\u0621-\u064A]{4,}ات$/u;
/** A definite adjective agreeing with a plural of things: feminine singular or a nisba. */
const AGREEING_ADJECTIVE = /^ال[\u0621-\u064A]{3,}(ه|ة|يه|ية|ي)$/u;

/** For the word at `j` right after منطقة: the last token of the zone's name when a definite adjective closes it, or null. */
export function pluralNounAfterArea(tokens: readonly Token[], j: number): number | null {
  const t = tokens[j];
  if (!t || !SOUND_PLURAL.test(t.key)) return null;
  const adj = tokens[j + 1];
  return adj && !adj.lineStart && adj.kind === "word" && adj.arabic && AGREEING_ADJECTIVE.test(adj.key) ? j + 1 : null;
}
