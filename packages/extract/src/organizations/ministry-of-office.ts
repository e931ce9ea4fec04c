import type { Token } from "../text/tokens";
import { tokenReadsAs } from "../text/tokens";
import { matchKey } from "../text/normalize";

/**
 * "مديرة إدارة أوروبا في وزارة الخارجية", "مدير التعاون العسكري في وزارة X": a ministry after في
 * inside an official's title is where the office sits, a part of the title, as the department he
 * directs is; the ministry is a body of the story where it acts or is named outside any title. A
 * committee or a council after في is the body the office is held in (`bodyOfOffice` in src/extract.ts).
 */
export function isMinistryOfOffice(tokens: readonly Token[], first: number): boolean {
  return tokens[first - 1]?.key === IN && tokenReadsAs(tokens[first]!, MINISTRY);
}

const IN = matchKey("في");
const MINISTRY = new Set([matchKey("وزارة")]);
