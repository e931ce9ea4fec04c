/**
 * Keys that let one name written in Arabic and in Latin script be recognised as one name.
 *
 * Arabic writes few vowels and Latin renderings of Arabic, Turkish, Persian or Chinese names choose
 * their vowels freely (Huneiti / الحنيطي, Hulusi / خلوصي, Dong Jun / دونغ جون), so the comparable
 * part is the consonants. Letters that renderings commonly swap fall into one class: ق ك k q c → k,
 * ح ه خ h kh → h, ج غ g j gh → g, س ص ش s sh → s, ت ط ث t th → t, د ض d → d, ز ذ ظ z dh → z,
 * ف f v ph → f, ب b p → b. Vowels, glides (و ي w y), hamza and ʿayn are left out, the article
 * ال / al- / el- is dropped, doubled classes are written once. Latin "gh" renders غ (Ghazi) as
 * often as Persian ق (Bagheri / باقري): it is "G", which agrees with both g and k.
 */

const ARABIC_CLASS: Record<string, string> = {
  ب: "b", پ: "b", ت: "t", ط: "t", ث: "t", ج: "g", غ: "g", گ: "g", ح: "h", ه: "h", خ: "h",
  د: "d", ض: "d", ذ: "z", ز: "z", ظ: "z", ژ: "z", ر: "r", س: "s", ص: "s", ش: "s", ف: "f", ڤ: "f",
  ق: "k", ك: "k", ک: "k", ل: "l", م: "m", ن: "n",
};

const LATIN_DIGRAPHS: Array<[RegExp, string]> = [
  [/kh/g, "h"], [/gh/g, "G"], [/sh/g, "s"], [/ch/g, "s"], [/th/g, "t"], [/dh/g, "z"], [/ph/g, "f"],
  [/zh/g, "g"], [/dj/g, "g"], [/ck/g, "k"], [/c(?=[eiy])/g, "s"],
];

const LATIN_CLASS: Record<string, string> = {
  b: "b", p: "b", t: "t", d: "d", g: "g", j: "g", h: "h", k: "k", c: "k", q: "k", x: "k", f: "f", v: "f",
  z: "z", s: "s", l: "l", r: "r", m: "m", n: "n", G: "G",
};

const ARABIC_LETTER = /\p{Script=Arabic}/u;
const LATIN_LETTER = /[a-z]/;

/** Arabic or Latin: which script a word is written in (by its letters), or null for neither. */
export function scriptOf(word: string): "arabic" | "latin" | null {
  if (ARABIC_LETTER.test(word)) return "arabic";
  if (LATIN_LETTER.test(word.normalize("NFD").toLowerCase())) return "latin";
  return null;
}

/** Prefixes Latin renderings write apart that Arabic writes as one word with the next (عبدالمجيد). */
const LATIN_JOINED = new Set(["abd", "abdel", "abdul", "abdal", "abu", "abou", "abo"]);
const LATIN_ARTICLE = /^(al|el|ul|ad|as|ar|at|az|an|ash|ad)-/;

/** The words of a name as the skeleton reads them: articles dropped, "Abdel Fattah" one word. */
function latinWords(text: string): string[] {
  const words = text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’`ʿʾ]/g, "")
    .split(/[^a-z-]+/)
    .map((w) => w.replace(LATIN_ARTICLE, "").replace(/^-+|-+$/g, ""))
    .flatMap((w) => w.split("-"))
    .filter((w) => w && w !== "al" && w !== "el");
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (LATIN_JOINED.has(words[i]!) && i + 1 < words.length) {
      out.push(words[i]! + words[i + 1]!);
      i++;
    } else out.push(words[i]!);
  }
  return out;
}

function arabicWords(text: string): string[] {
  const words = text
    .normalize("NFKC")
    .replace(/[\u064B-\u065F\u0670\u0640]/g, "")
    .split(/[^\p{Script=Arabic}]+/u)
    .filter((w) => w && w !== "آل" && w !== "ال");
  // عبد الفتاح is written as one word as often as two; Latin joins it too (Abdelfattah).
  const joined: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (ARABIC_JOINED.has(words[i]!) && i + 1 < words.length) joined.push(words[i]! + words[++i]!);
    else joined.push(words[i]!);
  }
  return joined.map((w) => (w.length > 3 && w.startsWith("ال") ? w.slice(2) : w));
}

const ARABIC_JOINED = new Set(["عبد", "ابو", "أبو"]);

function squeeze(classes: string[]): string {
  let out = "";
  for (const c of classes) if (c !== out.at(-1)) out += c;
  // A final h is often silent (ة, -ah): Fatimah / فاطمة, Abdullah / عبدالله.
  return out.length > 1 && out.endsWith("h") ? out.slice(0, -1) : out;
}

function latinSkeleton(word: string): string {
  let w = word;
  for (const [from, to] of LATIN_DIGRAPHS) w = w.replace(from, to);
  return squeeze([...w].map((ch) => LATIN_CLASS[ch] ?? ""));
}

function arabicSkeleton(word: string): string {
  return squeeze([...word].map((ch) => ARABIC_CLASS[ch] ?? ""));
}

/**
 * The consonant skeleton of each word of a name, in either script: "Saddam Haftar" and
 * "صدام حفتر" both give ["sdm", "hftr"]. Words with no consonant are left out.
 */
export function nameSkeleton(name: string): string[] {
  const script = scriptOf(name);
  if (script === "arabic") return arabicWords(name).map(arabicSkeleton).filter(Boolean);
  if (script === "latin") return latinWords(name).map(latinSkeleton).filter(Boolean);
  return [];
}

/**
 * A finer key for two Latin spellings of one word: consonant classes as in `nameSkeleton` with the
 * vowels kept (y as i, ou as u, doubled letters once), so "Sedki" and "Sedqi" agree while "Hassan"
 * and "Hussein" do not.
 */
export function latinSpellingKey(word: string): string {
  const w = latinWords(word).join(" ");
  let out = "";
  for (const part of w.split(" ")) {
    let x = part.replace(/ou/g, "u").replace(/ee/g, "i").replace(/y/g, "i");
    for (const [from, to] of LATIN_DIGRAPHS) x = x.replace(from, to);
    let key = "";
    for (const ch of x) {
      const c = LATIN_CLASS[ch] ?? ("aeiou".includes(ch) ? ch : "");
      if (c && c !== key.at(-1)) key += c;
    }
    out += (out ? " " : "") + key;
  }
  return out;
}

/** Whether two skeleton words agree: the same classes, Latin "gh" ("G") standing for g or k. */
export function skeletonsAgree(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    const gk = (c: string) => c === "g" || c === "k";
    if (!((x === "G" && gk(y)) || (y === "G" && gk(x)))) return false;
  }
  return true;
}

/** Every stored skeleton word that agrees with this one (`skeletonsAgree`), for exact lookups. */
export function agreeingSkeletons(word: string): string[] {
  let out = [""];
  for (const c of word) {
    const options = c === "G" ? ["G", "g", "k"] : c === "g" || c === "k" ? [c, "G"] : [c];
    out = out.flatMap((prefix) => options.map((o) => prefix + o));
    // A name with many g/k letters: the exact spelling is enough.
    if (out.length > 27) return [word];
  }
  return out;
}
