import { isPlaceName } from "../places/gazetteer";
import { isLatinPersonalName } from "./byline-names";

/**
 * "KANDY, Sri Lanka, March 3. By Nimal Perera – Lanka Wire:": some wires print the dateline, close
 * it with a full stop, and sign the writer and the outlet on the same line before the report. The
 * name between "By" and the dash is the writer's; the words after the dash are the outlet's.
 */
const SIGNED = /^[^.]{2,80}\.\s+By\s+([^–—\-:]{3,60}?)\s*[-–—]\s*(\p{Lu}[\p{L}.' ]{0,40}?)\s*:?\s*$/u;

export function datelineThenByline(text: string): { writer: string; outlet: string } | null {
  const m = SIGNED.exec(text.trim());
  if (!m || !isLatinPersonalName(m[1]!, isPlaceName)) return null;
  return { writer: m[1]!, outlet: m[2]! };
}
