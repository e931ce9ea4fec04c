import type { RoleSpan } from "../persons/anchor-spans";
import type { Token } from "../text/tokens";

const WHO = new Set(["الذي", "التي"]);

/**
 * "X، التي ترأس لجنة الأمن في المجلس المحلي،": the body an Arabic relative clause gives a person
 * as the office he holds (read as his role by src/persons/office-verbs.ts, whose span is the verb
 * alone) is part of that office, as a body printed inside a title is. The body the office is held
 * in, after في, stays one of the story, and so does the English "who heads X", which our golds list.
 */
export function namedInClauseOffice(tokens: readonly Token[], roles: readonly Pick<RoleSpan, "first" | "last">[], first: number): boolean {
  const verb = first - 1;
  if (!tokens[first]?.arabic || !WHO.has(tokens[verb - 1]?.key ?? "")) return false;
  return roles.some((r) => r.first === verb && r.last === verb);
}
