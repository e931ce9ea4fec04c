import { matchKey } from "../text/normalize";
import { readings, tokenize } from "../text/tokens";

const BASE = matchKey("قاعدة");
// The relative adjective of a force or of its kind after the noun of a base ("البحرية", "الجوية", "العسكرية").
const KIND_ADJECTIVE = /^ال.+(ي|يه)$/u;

/**
 * "القاعدة البحرية بصفاقس", "RAAF Base Darwin": a military base named by its noun with the kind of
 * its force or its town is a site where something happens, no body (the gold lists it among the
 * places). "القاعدة" alone or before في is the armed group ("القاعدة في بلاد …"), and stays.
 */
export function namesBase(name: string): boolean {
  const words = tokenize(name).filter((t) => t.kind === "word");
  if (words.length < 2) return false;
  const [first, second] = [words[0]!, words[1]!];
  if (first.arabic) return readings(first.key).some((r) => r.key === BASE || r.key === `ال${BASE}`) && KIND_ADJECTIVE.test(second.key);
  return words.some((t, n) => n > 0 && t.text === "Base");
}
