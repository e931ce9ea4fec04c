import rules from "../rules/persons.json";
import { matchKey } from "../text/normalize";

// "سفير خادم الحرمين الشريفين لدى X": a title one state's ruler alone bears names that state.
const titles = rules.rulerTitles.flatMap((e) => e.titles.map((t) => [` ${matchKey(t)} `, e.country] as const));

/** The state whose ruler's own title the office is printed with ("مبعوث خادم الحرمين الشريفين"), else null. */
export function stateOfRulerTitle(office: string): string | null {
  const key = ` ${matchKey(office)} `;
  return titles.find(([t]) => key.includes(t))?.[1] ?? null;
}
