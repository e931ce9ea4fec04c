import figures from "../lexicon/public-figures.json";
import { PhraseTrie } from "../text/phrase-trie";
import { wordKey } from "../text/tokens";
import { type Ctx, joinKeys, type NameSpan, nameSpan } from "./anchor-spans";
import { isEponym } from "./eponyms";
import type { PersonCluster } from "./coref";

/**
 * Public figures (src/lexicon/public-figures.json): news names a head of state, a minister or a
 * militia's leader with no title beside the name ("وقال لافروف", "Hulusi Akar met …"), and prints
 * no state for him because every reader knows it. The lexicon gives the name its person and its
 * state; never its role, which is only what the text prints.
 */

export interface PublicFigure {
  iso2: string;
  en: string[];
  ar: string[];
  /** One-word or short forms that name this figure alone in news (لافروف, السيسي). */
  alone?: string[];
  /** A name common enough to be someone else's: found only by the rules, then given its state. */
  needsAnchor?: boolean;
  offices: string[];
}

interface Form {
  figure: PublicFigure;
  /** One of the entry's `alone` forms. */
  short: boolean;
}

export const publicFigures = figures as PublicFigure[];

/** "عبد الفتاح" is printed "عبدالفتاح" as well, and the reverse; so are أبو and its name. */
function spellings(name: string): string[] {
  const joined = name.replace(/(^| )(عبد|أبو|ابو) (?=\S)/gu, "$1$2");
  const split = name.replace(/(^| )(عبد|أبو|ابو)(ال\S+)/gu, "$1$2 $3");
  return [...new Set([name, joined, split])];
}

let trie: PhraseTrie<Form> | null = null;

function figureTrie(): PhraseTrie<Form> {
  if (trie) return trie;
  trie = new PhraseTrie<Form>([], { clitics: true, skippable: "-." });
  for (const figure of publicFigures) {
    for (const n of [...figure.ar, ...figure.en]) for (const s of spellings(n)) trie.add(s, { figure, short: false });
    for (const n of figure.alone ?? []) for (const s of spellings(n)) trie.add(s, { figure, short: true });
  }
  return trie;
}

export interface FigureHit {
  name: NameSpan;
  figure: PublicFigure;
  /** The name makes a person with no anchor (the entry is not `needsAnchor`). */
  anchorless: boolean;
}

// Words that go on with a name: a figure's name right before or after one is part of another's
// ("فهد بن خالد بن سلمان", "Michael John Kerry").
const NAME_LINKS = new Set(["بن", "ابن", "bin", "ibn", "ال", "آل"].map(wordKey));

/** A public figure's name printed at token i, whole, and not part of a longer name or a thing's name. */
export function publicFigureAt(ctx: Ctx, i: number): FigureHit | null {
  const { tokens, text } = ctx.doc;
  const t = tokens[i];
  if (!t || t.kind !== "word") return null;
  const m = figureTrie().matchAt(tokens, i, text);
  if (!m) return null;
  const first = tokens[m.first]!;
  const next = tokens[m.last + 1];
  const before = tokens[m.first - 1];
  // English names are printed capitalized; a lower-case word is the common word ("trump", "gates").
  if (!first.arabic && !capitalizedName(tokens, m.first, m.last)) return null;
  if (next && !next.lineStart && next.kind === "word" && (NAME_LINKS.has(next.key) || (!next.arabic && next.capital))) return null;
  if (!m.clitic && before && !first.lineStart && before.kind === "word" && (NAME_LINKS.has(before.key) || (!before.arabic && before.capital && !sentenceOpener(before.key)))) return null;
  // "مطار الملك خالد", "جامعة السلطان قابوس", "شارع جمال عبد الناصر": a thing named after him.
  if (isEponym(ctx, m.first)) return null;
  // A place that runs on past the name is the place ("مدينة X"); one inside a name of two words or
  // more is the name's word ("جورجيا ميلوني", "محمد شياع السوداني", "عماد مغنية").
  for (let k = m.first; k <= m.last; k++) {
    const place = ctx.placeAt[k];
    if (place && (m.last === m.first || place.firstToken < m.first || place.lastToken > m.last)) return null;
  }
  const keys = joinKeys(tokens, m.first, m.last);
  return { name: nameSpan(ctx, m.first, m.last, keys, m.start), figure: m.value.figure, anchorless: !m.value.figure.needsAnchor };
}

/** The entry whose name, or short form, is exactly the token range first..last. */
export function figureNamed(ctx: Ctx, first: number, last: number): PublicFigure | null {
  const m = figureTrie().matchAt(ctx.doc.tokens, first, ctx.doc.text);
  return m && m.last === last ? m.value.figure : null;
}

/**
 * The figure a person is: the one his mentions read with no anchor, else the one whose name one of
 * his mentions prints whole (read by a rank, a role or a verb). Two figures in one cluster name no one.
 */
export function figureOfCluster(ctx: Ctx, c: PersonCluster): PublicFigure | null {
  const found = new Set<PublicFigure>();
  for (const m of c.mentions) {
    const f = m.figure ?? (m.name.keys.length >= 2 ? figureNamed(ctx, m.name.first, m.name.last) : null);
    if (f) found.add(f);
  }
  return found.size === 1 ? [...found][0]! : null;
}

const SENTENCE_OPENERS = new Set(["the", "a", "an", "in", "on", "and", "but", "when", "as", "with", "by", "said", "told"]);
const sentenceOpener = (key: string) => SENTENCE_OPENERS.has(key);
// The lower-case particles of a capitalized name ("Abu Bakr al-Baghdadi", "Ursula von der Leyen").
const NAME_PARTICLES = new Set(["al", "el", "bin", "ibn", "de", "von", "der", "di", "le", "la"]);

/** Every word of first..last capitalized, or one of a name's particles. */
function capitalizedName(tokens: Ctx["doc"]["tokens"], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const w = tokens[k]!;
    if (w.kind === "word" && !w.capital && !NAME_PARTICLES.has(w.key)) return false;
  }
  return true;
}
