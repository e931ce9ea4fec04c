import rules from "../rules/metadata.json";
import type { Doc, Line } from "../document";
import { matchKey } from "../text/normalize";
import type { Layout } from "./header";
import { escapeRegExp } from "../text/escape-regexp";
import { agencyNames, isAgencyCode, knownOutlet } from "./outlets";
import { namesAnAgency } from "./agency-by-name";
import { isEditorInitials, isInitialsOfNamed, withoutEditorInitials } from "./editor-initials";
import { closingNotice } from "./closing-notices";
import { agencyBetweenSlashes } from "./slashed-agency";

/**
 * Where wires sign a report, whatever the agency: a code or name in brackets or between slashes
 * at the opening of the body ("القاهرة في 5 يناير /أ ش أ/", "(د ب أ) -", "LONDON (Reuters) -"), a
 * sign-off closing the last paragraph or standing on its own line ("… (رويترز)", "— Xinhua",
 * "وكالات"), and an agency named with a verb of reporting in the first sentences ("ذكرت وكالة
 * رويترز", "Reuters reported"). A value counts when it has the shape of an agency code, is a
 * listed agency or outlet, or (Latin) is a short all-capitals code such as "KUNA".
 */

export interface Credit {
  /** Lower is stronger; the scale of `readSource`. */
  rank: number;
  value: string;
}

const LATIN_CODE = /^[A-Z]{2,6}$/;

function creditValue(raw: string): string | null {
  const v = raw.trim().replace(/^[\s\-–—:]+|[\s\-–—:.]+$/gu, "");
  if (!v || v.length > 40) return null;
  if (isAgencyCode(v) || LATIN_CODE.test(v) || knownOutlet(v) || namesAnAgency(v)) return v;
  return null;
}

function opening(doc: Doc, line: Line): Credit[] {
  const out: Credit[] = [];
  // The dateline part: up to the first sentence end or 160 characters.
  const head = doc.text.slice(line.start, Math.min(line.end, line.start + 160));
  for (const m of head.matchAll(/\(([^()\n]{1,40})\)/gu)) {
    const v = creditValue(m[1]!);
    if (v) out.push({ rank: 2, value: v });
  }
  // "/أ ش أ/" in the dateline part, read as the dateline reads it.
  const headEnd = line.start + head.length;
  for (let k = line.first; k < line.last && doc.tokens[k]!.end <= headEnd; k++) {
    const slashed = agencyBetweenSlashes(doc, k);
    const value = slashed && doc.tokens[slashed.end - 1]!.end <= headEnd ? creditValue(slashed.agency) : null;
    if (value) out.push({ rank: 2, value });
  }
  // The agency printed after the date with no bracket ("… 2026 م واس"): only a listed agency,
  // since any word can follow a date.
  for (const m of head.matchAll(/\d{4}\s*(?:م|هـ|ه)?\s+([\p{L}]{2,8})(?=\s|$)/gu)) if (knownOutlet(m[1]!)?.kind === "agency") out.push({ rank: 2, value: m[1]! });
  // A paper signing its own correspondent's dateline: "لندن: «الشرق الأوسط»". The quotes after the
  // place are the evidence; such a name need not be listed.
  const quoted = /^[\p{L} ]{2,25}\s*[:：]\s*[«"“]([^»"”\n]{2,30})[»"”]/u.exec(head);
  if (quoted) out.push({ rank: 2, value: quoted[1]!.trim() });
  return out.slice(0, 1);
}

const houseCredits = rules.houseCredits.rows.map((r) => ({ re: new RegExp(r.pattern, "iu"), outlet: r.outlet }));
// "نقلاً عن هسبريس" closing the report: the outlet it was taken from, which published it.
const TAKEN_FROM = /^(?:نقلا|نقلاً|نقلًا)\s+عن\s*[:/]?\s*(.{2,40})$/u;

// Just weaker than the outlet a masthead names (rank 3 in `readSource`).
const UNDER_MASTHEAD = 3.2;

/**
 * A wire's house credit line ("(Reporting by …; Editing by …)") or "نقلاً عن X" among the last lines.
 * The house style names the wire only where no masthead over the headline names the outlet: a
 * paper credits its own reporter in the same words ("Suriname Herald" / … / "(Reporting by NAME;
 * editing by …)"), and a wire's copy it reprints signs its dateline with the wire's code.
 */
function houseCredit(lines: Line[], masthead: string | null): Credit[] {
  for (const line of lines.slice(-3)) {
    const text = line.text.trim();
    const house = houseCredits.find((h) => h.re.test(text));
    if (house) return [{ rank: masthead ? UNDER_MASTHEAD : 1.5, value: house.outlet }];
    const taken = TAKEN_FROM.exec(text);
    if (taken && line.words <= 7) return [{ rank: 1.5, value: taken[1]!.replace(/[.،]$/u, "").trim() }];
  }
  return [];
}

function closing(doc: Doc, layout: Layout): Credit[] {
  const lines = doc.lines.filter((l) => l.text.trim() && layout.body && l.start >= layout.body.start);
  const out: Credit[] = houseCredit(lines, layout.masthead);
  // "© 2027 The Coast Ledger", "This article first appeared in X": the publisher named by a notice.
  for (const line of lines.slice(-3)) {
    const notice = closingNotice(line.text);
    if (notice) out.push({ rank: 1.5, value: notice });
  }
  // Short lines after the last paragraph that are only a credit: "(رويترز)", "- وكالات", "Reuters".
  let k = lines.length - 1;
  for (; k >= 0 && lines[k]!.words <= 5 && k >= lines.length - 3; k--) {
    const alone = creditValue(withoutEditorInitials(lines[k]!.text.trim()).replace(/^[([/]|[)\]/]$/gu, ""));
    if (alone && !isEditorInitials(alone) && !isInitialsOfNamed(alone, doc.text)) out.push({ rank: 1.5, value: alone });
  }
  // "/ وام /" over "م ع ش": letters under a listed agency's sign-off are the editor's, however many.
  const listed = out.findIndex((c) => knownOutlet(c.value));
  if (listed > 0) out.unshift(...out.splice(listed, 1));
  // The last paragraph signed off: "… (رويترز)", "… — Xinhua". Weaker than a credit line in the
  // header, since a paragraph can end by citing an agency for its own detail.
  const last = lines[k];
  if (last) {
    const text = last.text.trim();
    const paren = /\(([^()]{1,40})\)\s*[.]?$/u.exec(text);
    const dash = /\s[—–-]{1,2}\s*([^—–\-.،,]{2,30})$/u.exec(text);
    const v = (paren && creditValue(paren[1]!)) || (dash && creditValue(dash[1]!));
    if (v) out.push({ rank: 2.5, value: v });
  }
  return out.slice(0, 1);
}

const agencyPattern = [...agencyNames].filter((n) => n.length >= 3).sort((a, b) => b.length - a.length).map(escapeRegExp);
const AR_ATTRIBUTION = new RegExp(`(?:ذكرت|قالت|نقلت|أفادت|افادت|أوردت|اوردت|نشرت|بثت|وفقا ل|وفقاً ل|حسب|بحسب|نقلا عن|نقلاً عن)\\s+(?:ما\\s+(?:ذكرته|نقلته|أوردته)\\s+)?(?:لـ?|ل)?((?:وكالة\\s+)?(?:${agencyPattern.join("|")}))(?=[\\s،,.)]|$)`, "u");
// Every English attribution holds one of these words; testing for them first spares the long
// alternation of agency names on the Arabic sentences that make up most articles.
const EN_ATTRIBUTION_WORD = /according to|cited|quoted|reported|said/u;
// Not "told Reuters" nor "quoted by Reuters": a speaker relayed by an agency is quoted from it; the
// report is the agency's only when the agency is the one that reports.
const EN_ATTRIBUTION = new RegExp(`(?:according to)\\s+(?:the\\s+)?(${agencyPattern.join("|")})\\b|\\b(${agencyPattern.join("|")})\\s+(?:reported|said|quoted|cited)`, "u");

/**
 * The agency the report as a whole is attributed to: named as the one reporting in the lead (the
 * first three sentences). Further down, an agency cited for a detail is quoted, not the publisher.
 */
function attribution(doc: Doc, layout: Layout): Credit[] {
  const sentences = doc.sentences.filter((s) => layout.body && s.start >= layout.body.start).slice(0, 3);
  for (const s of sentences) {
    const text = doc.text.slice(s.start, s.end);
    const ar = AR_ATTRIBUTION.exec(text);
    if (ar) return [{ rank: 5, value: ar[1]!.trim() }];
    const en = EN_ATTRIBUTION_WORD.test(text) ? EN_ATTRIBUTION.exec(text) : null;
    if (en) return [{ rank: 5, value: (en[1] ?? en[2])!.trim() }];
  }
  return [];
}

/** Credits of the report found by their position and shape, strongest first. */
export function readCredits(doc: Doc, layout: Layout): Credit[] {
  if (!layout.body) return [];
  // The dateline may stand on its own line above the first paragraph ("الرياض … م واس").
  const datelines = [...layout.header.slice(-3), layout.body].flatMap((l) => opening(doc, l)).slice(0, 1);
  return [...closing(doc, layout), ...datelines, ...attribution(doc, layout)].filter((c) => matchKey(c.value).length > 0);
}
