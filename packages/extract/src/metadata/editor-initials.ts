import { knownOutlet } from "./outlets";

/**
 * "م.ع", "ع.م", "س.ص" on the last line of a report: two letters joined by a full stop or a slash
 * are the initials of the editor who handled the copy. Agencies sign with a code of three letters
 * or more or a name ("أ ف ب", "بنا"), so two initials tell no source unless the pair is a listed
 * outlet's code.
 */
export function isEditorInitials(value: string): boolean {
  const v = value.trim();
  return /^\p{Script=Arabic}\s*[./]\s*\p{Script=Arabic}\.?$/u.test(v) && !knownOutlet(v);
}
