import { findPlaceHits } from "../places/gazetteer";
import { matchKey } from "../text/normalize";
import { keptPerString } from "../text/kept-per-string";
import { tokenize } from "../text/tokens";
import { isHeadAlone, type OrgRead } from "./index";

/** A name's words, kept per name: every short name is compared with every other body's name. */
const wordsOf = keptPerString((name: string) => tokenize(name).filter((t) => t.kind === "word"));

/**
 * "الوزارة الاتحادية" after "وزارة الصحة الاتحادية", "الجامعة الماليزية" after "جامعة الدفاع الوطني
 * الماليزية": a body's head printed again with the article and the adjectives that close its full
 * name is that body said again, not another one. Arabic only: the head takes the article when it
 * drops the field it governs.
 */
function arabicFullName(short: OrgRead, orgs: readonly OrgRead[]): OrgRead | undefined {
  const s = wordsOf(short.name);
  if (s.length < 2 || !s[0]!.arabic || !s[0]!.key.startsWith("ال")) return undefined;
  const head = s[0]!.key.slice(2);
  const rest = s.slice(1).map((t) => t.key);
  return orgs.find((o) => {
    const w = wordsOf(o.name).map((t) => t.key);
    return o !== short && w.length > s.length && w[0] === head && w.slice(-rest.length).join(" ") === rest.join(" ");
  });
}

/**
 * "بين القوات البحرية في البلدين" after "القوات البحرية الأميرية القطرية": an Arabic head printed
 * alone where a body's full name opens with it is that body said again (the tagger reads such a
 * head for itself; the rules fold their own in mergePrefixNames).
 */
function namedInFull(short: OrgRead, orgs: readonly OrgRead[]): OrgRead | undefined {
  if (!wordsOf(short.name)[0]?.arabic || !isHeadAlone(short.name)) return undefined;
  const k = matchKey(short.name);
  return orgs.find((o) => o !== short && matchKey(o.name).startsWith(k + " "));
}

/** Most capitalized words a body's full name may open with before the short form said again. */
const QUALIFIER_WORDS = 2;

/**
 * "High Court" in the headline, "the Lusaka High Court" in the story: an English name of two words
 * or more that another body's name holds after the place it sits in is that body without its place.
 * "the Coast Guard" after "the Antigua and Barbuda Defence Force Coast Guard": so is one held after
 * the place and one or two capitalized words of the force it belongs to, when one body alone ends so.
 */
function englishFullName(short: OrgRead, orgs: readonly OrgRead[]): OrgRead | undefined {
  const s = wordsOf(short.name);
  if (s.length < 2 || s[0]!.arabic) return undefined;
  const k = matchKey(short.name);
  const qualifiedAfterPlace = (o: OrgRead) => {
    if (o === short || !matchKey(o.name).endsWith(" " + k)) return -1;
    const tokens = tokenize(o.name);
    const w = tokens.filter((t) => t.kind === "word");
    const place = findPlaceHits(tokens, o.name).find((h) => h.firstToken === 0 && !h.viaDemonym);
    if (!place) return -1;
    const placeWords = tokens.slice(0, place.lastToken + 1).filter((t) => t.kind === "word").length;
    const between = w.slice(placeWords, w.length - s.length);
    return between.length <= QUALIFIER_WORDS && between.every((t) => t.capital) ? between.length : -1;
  };
  const bare = orgs.find((o) => qualifiedAfterPlace(o) === 0);
  if (bare) return bare;
  const qualified = orgs.filter((o) => qualifiedAfterPlace(o) > 0);
  return qualified.length === 1 ? qualified[0] : undefined;
}

/**
 * "Arctic Command" after "Denmark's Joint Arctic Command": an English name of two capitalized words
 * or more that one body's name alone ends with, after one or two capitalized words that name no
 * place nor nationality (a state's word tells another body: "Icelandic Coast Guard"), is that
 * body said again in short. Two bodies with that ending leave it unread.
 */
function englishQualifiedName(short: OrgRead, orgs: readonly OrgRead[]): OrgRead | undefined {
  const s = wordsOf(short.name);
  if (s.length < 2 || s[0]!.arabic || !s.every((t) => t.capital)) return undefined;
  const k = matchKey(short.name);
  const longer = orgs.filter((o) => {
    if (o === short || !matchKey(o.name).endsWith(" " + k)) return false;
    const tokens = tokenize(o.name);
    const w = tokens.filter((t) => t.kind === "word");
    const extra = w.length - s.length;
    return extra >= 1 && extra <= QUALIFIER_WORDS && w.slice(0, extra).every((t) => t.capital) && !findPlaceHits(tokens, o.name).some((h) => h.firstToken < extra);
  });
  return longer.length === 1 ? longer[0] : undefined;
}

const SKIPPED_IN_INITIALS = new Set(["of", "the", "and", "for", "on", "in"]);
const initialsOf = (name: string) =>
  wordsOf(name.replace(/\([^)]*\)/gu, ""))
    .filter((t) => t.capital && !SKIPPED_IN_INITIALS.has(t.key))
    .map((t) => t.text[0]!.toUpperCase())
    .join("");

/**
 * "the Collective Security Treaty Organization … left the CSTO": an acronym in capitals whose
 * letters open the words of another body's name in the story is that body's short form.
 */
function spelledOutName(short: OrgRead, orgs: readonly OrgRead[]): OrgRead | undefined {
  if (!/^[A-Z]{2,7}$/u.test(short.name)) return undefined;
  return orgs.find((o) => o !== short && wordsOf(o.name).length >= 2 && initialsOf(o.name) === short.name);
}

/**
 * "حكومة الكانتون" after "حكومة كانتون الوادي", "مجلس المحافظة" after "مجلس محافظة X": a body's
 * head with its complement's noun made definite, dropping the name that followed it, is that body
 * said again. Arabic only: the article stands for the name left out.
 */
function definiteComplementAgain(short: OrgRead, orgs: readonly OrgRead[]): OrgRead | undefined {
  const s = wordsOf(short.name);
  if (s.length < 2 || !s.every((t) => t.arabic) || !s.at(-1)!.key.startsWith("ال")) return undefined;
  const keys = [...s.slice(0, -1).map((t) => t.key), s.at(-1)!.key.slice(2)];
  return orgs.find((o) => {
    const w = wordsOf(o.name).map((t) => t.key);
    return o !== short && w.length > keys.length && keys.every((k, n) => w[n] === k);
  });
}

/** A body said again by a shorter name: the full name printed in the story, which keeps it. */
export function nameInFull(short: OrgRead, orgs: readonly OrgRead[]): OrgRead | undefined {
  return arabicFullName(short, orgs) ?? namedInFull(short, orgs) ?? definiteComplementAgain(short, orgs) ?? englishFullName(short, orgs) ?? englishQualifiedName(short, orgs) ?? spelledOutName(short, orgs);
}
