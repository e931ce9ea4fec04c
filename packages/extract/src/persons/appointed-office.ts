import type { Ctx, RoleSpan } from "./anchor-spans";
import { tokenReadsAs, wordKey } from "../text/tokens";
import { isAccusativeOffice, isCalendarWord } from "./vocabulary";
import { setStateBody } from "./office-verbs";

/** Verbs that put someone in an office, with the office after the name in the accusative. */
const APPOINTING = new Set(["عين", "عينت", "يعين", "تعين", "كلف", "كلفت", "يكلف", "تكلف", "سمى", "سمت", "يسمي", "اختار", "اختارت", "يختار"].map(wordKey));

/** Words of the office after its accusative head: definite nouns and adjectives ("للقوات البرية"). */
const MAX_OFFICE_WORDS = 5;

/** Verbal nouns of appointing ("قرارا بتعيين", "وتكليف"), with the office after the name too. */
const APPOINTING_NOUNS = new Set(["تعيين", "تكليف", "تسمية"].map(wordKey));

/**
 * "عين الرئيس الكيني اللواء X قائدا للقوات البرية": the office right after an appointing verb is
 * its subject's, the one who appoints, when the name after it is followed by an office head in the
 * accusative, the office given. Null when the phrase is not so.
 */
export function appointedOffice(ctx: Ctx, subject: RoleSpan, nameLast: number): RoleSpan | null {
  const verb = ctx.doc.tokens[subject.first - 1];
  if (!verb || !verb.arabic || !tokenReadsAs(verb, APPOINTING)) return null;
  const role = accusativeOffice(ctx, nameLast);
  // The one appointed serves the state of the one who appoints him.
  if (role) setStateBody(role, { first: subject.first, last: subject.last });
  return role;
}

/** "قرارا بتعيين اللواء X قائدا للجيش": the office given to the name after a verbal noun of appointing at `opener`'s left. */
export function officeGivenByDecree(ctx: Ctx, opener: number, nameLast: number): RoleSpan | null {
  const noun = ctx.doc.tokens[opener - 1];
  return noun && noun.arabic && tokenReadsAs(noun, APPOINTING_NOUNS) ? accusativeOffice(ctx, nameLast) : null;
}

/** The office head in the accusative right after the name, with its complement, as the office is named. */
function accusativeOffice(ctx: Ctx, nameLast: number): RoleSpan | null {
  const { tokens, text } = ctx.doc;
  const head = tokens[nameLast + 1];
  if (!head || head.lineStart || !isAccusativeOffice(head)) return null;
  let last = nameLast + 1;
  for (let k = nameLast + 2; k <= nameLast + 1 + MAX_OFFICE_WORDS; k++) {
    const t = tokens[k];
    if (!t || t.lineStart || t.kind !== "word" || !t.arabic || isCalendarWord(t)) break;
    // The first word is in construct with the head, by لـ ("للقوات", "لأركان الجيش"); the rest
    // are definite.
    if (k === nameLast + 2 ? !/^(لل|ال)/u.test(t.text) && !(/^ل/u.test(t.text) && tokens[k + 1]?.text.startsWith("ال")) : !t.text.startsWith("ال")) break;
    last = k;
  }
  // Written as the office is named, in construct: "قائد القوات البرية".
  const rest = last > nameLast + 1 ? " " + text.slice(tokens[nameLast + 2]!.start, tokens[last]!.end).replace(/^ل(?!ل)/u, "").replace(/^لل/u, "ال") : "";
  const surface = head.text.replace(/[اً\u064B]+$/u, "") + rest;
  return { first: nameLast + 1, last, start: head.start, end: tokens[last]!.end, surface, prepositional: false, counterpart: false, plural: false, conjoined: false };
}
