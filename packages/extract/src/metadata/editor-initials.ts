import { knownOutlet } from "./outlets";

/**
 * "م.ع", "ع.م", "س.ص", "ع خ" on the last line of a report: two letters joined by a full stop, a
 * slash or a space are the initials of the editor who handled the copy. Agencies sign with a code of three letters
 * or more or a name ("أ ف ب", "بنا"), so two initials tell no source unless the pair is a listed
 * outlet's code.
 */
export function isEditorInitials(value: string): boolean {
  const v = value.trim();
  return /^\p{Script=Arabic}(?:\s*[./]\s*|\s+)\p{Script=Arabic}\.?$/u.test(v) && !knownOutlet(v);
}

// "(واج) ع.س", "/ بنا / م ع ش": a bracketed or slashed sign-off, then the editor's initials.
const SIGNED_THEN_INITIALS = /^([(/]\s*[^()/]{1,30}?\s*[)/])\s+(\p{Script=Arabic}(?:\s*[./]?\s*\p{Script=Arabic}){1,3}\.?)$/u;

/** The sign-off of a closing line without the editor's initials printed after it, or the line as it is. */
export function withoutEditorInitials(line: string): string {
  const m = SIGNED_THEN_INITIALS.exec(line.trim());
  return m ? m[1]! : line;
}

/**
 * "/NZ/" closing a report whose writer the story names ("BTA reporter Nikolay Zlatev reported"):
 * capitals no list holds that are the initials of a name of as many capitalized words printed in
 * the text are the writer's or editor's signature, not the agency's code. Returns that name.
 * Asked of the outlet a masthead names too, whose initials are its code ("Suriname Herald", "(SH)");
 * a masthead may print its name in capitals ("NOW GRENADA", "(NG)"): `capitalsToo` lets the words
 * run in capitals, which a writer's name in running text does not.
 */
export function nameOfInitials(value: string, text: string, capitalsToo = false): string | null {
  const v = value.trim();
  if (!/^[A-Z]{2,3}$/u.test(v) || knownOutlet(v)) return null;
  const rest = capitalsToo ? "(?:[\\p{Ll}'’-]+|[\\p{Lu}'’-]+)" : "[\\p{Ll}'’-]+";
  const name = [...v].map((c) => `${c}${rest}`).join("\\s+");
  return new RegExp(`(?<!\\p{L})${name}(?!\\p{L})`, "u").exec(text)?.[0] ?? null;
}

export function isInitialsOfNamed(value: string, text: string): boolean {
  return nameOfInitials(value, text) !== null;
}
