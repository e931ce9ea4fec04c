import type { Token } from "../text/tokens";

/**
 * "Mekong Fresh Fruits JSC signed …": a capitalized run holding a company's legal form (JSC, Ltd,
 * Inc, GmbH …) names a firm, never a person, whatever verb of saying or doing follows it.
 */
const LEGAL_FORMS = new Set(["jsc", "pjsc", "ojsc", "ltd", "llc", "inc", "plc", "gmbh", "corp", "ag", "bhd", "pty", "pte", "sarl", "spa", "bv", "nv"]);

export function holdsCompanyForm(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k <= last + 1 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === "word" && !t.arabic && LEGAL_FORMS.has(t.text.toLowerCase())) return true;
  }
  return false;
}
