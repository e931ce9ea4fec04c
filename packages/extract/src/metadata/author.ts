import rules from "../rules/metadata.json";
import type { Doc, Line } from "../document";
import { isFiledPlaceName, isPlaceName } from "../places/gazetteer";
import { bylineName } from "./byline-names";
import { datelineThenByline } from "./dateline-then-byline";
import { datelineWriter } from "./dateline-writer";
import { isBylineStart, keyOf, type Layout } from "./header";
import { knownOutlet } from "./outlets";
import { correspondentOf, isPersonalName } from "./personal-name";
import { taglineOutlet } from "./outlet-tagline";
import { nameOfInitials } from "./editor-initials";
import { staffOutlet } from "./outlet-staff";

/**
 * The byline: "كتبت سلمى ناصر", "كتب : محرر الموقع", "بقلم" + name on the next line, "By Jane Doe",
 * "By JT - May 20,2022", "NAME, Staff Writer", "NAME / AGENCY", and a lone personal name closing the
 * article.
 */

const bylineWords = [...rules.bylineWords].sort((a, b) => b.length - a.length);

function afterByline(text: string): string {
  const lower = text.toLowerCase();
  for (const w of bylineWords) {
    if (lower.startsWith(w.toLowerCase())) return text.slice(w.length);
  }
  return text;
}

/** A byline value ends at a separator, a date or a time, or the writer's social handle ("NAME @name"). */
export function cutByline(value: string): string {
  let v = value.replace(/^[\s:：/|\-–—]+/u, "");
  v = (v.split(/\s[-–—|]\s|\s\|\s?|\s[/]\s|[|،,]/u)[0] ?? "").replace(/\s+@\S.*$/u, "");
  v = v.replace(/\s+\d.*$/u, "");
  return v.trim().replace(/[.:]+$/u, "").trim();
}

function plausibleName(v: string): boolean {
  const words = v.split(/\s+/).filter(Boolean);
  return words.length >= 1 && words.length <= 5 && v.length <= 60 && !/\d/.test(v);
}

export function readAuthor(doc: Doc, layout: Layout): string | null {
  const lines = [...layout.header, ...layout.leading];
  for (const line of layout.header) {
    // "By NAME, Staff Reporter": the title makes the byline; "By" is no part of the name.
    const titled = titledWriter(line.text.trim().replace(/^by\s+/iu, ""));
    if (titled) return titled;
  }
  for (let i = 0; i < layout.header.length; i++) {
    const line = layout.header[i]!;
    // "By Island Record staff": the outlet's staff, no writer.
    if (!isBylineStart(line) || staffOutlet(line.text)) continue;
    // "نواكشوط – سيدي محمد ولد الشيخ": the correspondent after the place filed from, which a
    // dateline names even when the town's name is also a word or a name ("فيكتوريا: NAME").
    const filed = correspondentOf(line.text, isFiledPlaceName);
    if (filed) return filed;
    let v = cutByline(withoutFiledFrom(afterByline(line.text.trim())));
    if (!v && layout.header[i + 1]) v = cutByline(layout.header[i + 1]!.text);
    v = withoutOutlet(v);
    if (v && plausibleName(v)) return v;
  }
  // "KANDY, Sri Lanka, March 3. By NAME – Lanka Wire:": the writer signed after the dateline.
  for (const line of layout.header) {
    const signed = datelineThenByline(line.text);
    if (signed) return signed.writer;
  }
  // "إربد … (بترا) – من NAME – وقع …": the correspondent framed by dashes inside the dateline.
  const framed = datelineWriter(doc, layout);
  if (framed) return framed.name;
  // "By ROSE TANGAROA" closing the page, under a line crediting who helped with the reporting: the
  // byline printed at the foot rather than under the headline. A wire's credit line is read below.
  for (const line of layout.trailer) {
    // "Jane Roe | Reporter" closing the page: a name and a staff title sign it as under the headline.
    const titled = titledWriter(line.text.trim().replace(/^by\s+/iu, ""));
    if (titled) return titled;
    if (!isBylineStart(line) || wireCredit(line.text) || staffOutlet(line.text)) continue;
    const v = withoutOutlet(cutByline(afterByline(line.text.trim())));
    if (v && plausibleName(v)) return v;
  }
  // A wire's closing credit: "(Reporting by Jane Doe in Rome; Editing by …)"; "Reporter: NAME"
  // under the headline as well.
  for (const line of [...layout.trailer, ...layout.leading, ...layout.header]) {
    const credit = wireCredit(line.text);
    if (credit) return credit;
  }
  // "/NZ/" closing the report: the writer the story names whose initials sign it.
  const signed = layout.trailer.length ? nameOfInitials(layout.trailer[layout.trailer.length - 1]!.text.trim().replace(/^[([/]|[)\]/]$/gu, ""), doc.text) : null;
  if (signed) return signed;
  // "سامي يوسف / الأناضول": a name, a slash, an agency.
  let latin: string | null = null;
  for (const line of lines) {
    let parts = line.text.split(/\s*\/\s*/);
    // "مقديشو/ عبد القادر محمد نور/ الأناضول": the place filed from comes first.
    if (parts.length === 3 && parts[0] && isPlaceName(parts[0].trim())) parts = parts.slice(1);
    if (parts.length === 2 && parts[0] && parts[1]) {
      const left = parts[0].trim();
      const right = parts[1].trim();
      if (plausibleName(left) && left.split(/\s+/).length >= 2 && !isPlaceName(left) && !isSourceLabel(left) && right.split(/\s+/).length <= 4) return left;
    }
    const m = /^([A-Z][\p{L}'-]+(?: [A-Z][\p{L}'-]+){1,3})\s*\|/u.exec(line.text.trim());
    // "Nordic Wire | The Baltic Daily" over the headline: the site's name and tagline, no writer.
    if (m && !latin && !(layout.leading.includes(line) && taglineOutlet(line.text, isPlaceName))) latin = m[1]!;
  }
  // A personal name alone on a line between the headline and the body: a newspaper's byline printed
  // without "بقلم" or "كتب".
  for (const line of layout.header) if (closingName(line)) return line.text.trim();
  // "سامر الحلبي | عمّان", "Jane Roe | Nairobi": the name before the place or the day filed.
  for (const line of layout.header) {
    const name = bylineName(line.text, isPlaceName);
    if (name) return name;
  }
  // A personal name alone on the last line: "رفعت سليمان".
  const tail = layout.trailer[layout.trailer.length - 1];
  if (tail && closingName(tail)) return tail.text.trim();
  return latin;
}

const writerTitles = new RegExp(`^(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,3})(?:\\s*[,|｜]\\s*|\\s+[-–—]\\s+)(?:${rules.writerTitles.join("|")})\\.?$`, "u");

/** "Kagiso Modise, Staff Writer", "Jane Roe | Reporter": a name and a staff title make a byline without "By". */
function titledWriter(text: string): string | null {
  return writerTitles.exec(text.trim())?.[1] ?? null;
}

function closingName(line: Line): boolean {
  const words = line.text.trim().split(/\s+/);
  return words.length <= 3 && isPersonalName(line.text);
}

const sourceLabelKeys = new Set(rules.sourceLabels.map(keyOf));
function isSourceLabel(s: string): boolean {
  return sourceLabelKeys.has(keyOf(s));
}

/** "JANE DOE Associated Press": the outlet printed after the writer's name is no part of it. */
function withoutOutlet(v: string): string {
  const words = v.split(/\s+/);
  for (let k = 1; k < words.length; k++) if (knownOutlet(words.slice(k).join(" "))) return words.slice(0, k).join(" ");
  return v;
}

const wireCreditWords = rules.wireCredits.map((w) => w.toLowerCase());

/** The first writer of a wire's credit line, without the city filed from. */
function wireCredit(text: string): string | null {
  // "--- Reporting: NAME": a rule of dashes may set the credit off the story.
  const t = text.trim().replace(/^(?:\(|[-–—]+\s*)/u, "");
  const lower = t.toLowerCase();
  const word = wireCreditWords.find((w) => lower.startsWith(w));
  if (!word) return null;
  const v = t.slice(word.length).split(/[;)]/)[0]!.split(/\s+(?:and|in)\s+|,/)[0]!.trim();
  return plausibleName(v) && /^\p{Lu}/u.test(v) ? v : null;
}

/**
 * "كتبت من هافانا: NAME": the place the writer filed from stands between the byline's verb and the
 * name, closed by a colon or a dash. It is dropped when it is a place; a name is never one.
 */
function withoutFiledFrom(value: string): string {
  const m = /^\s*من\s+([^:：\-–—]{2,30}?)\s*[:：\-–—]\s*(.+)$/u.exec(value);
  return m && isPlaceName(m[1]!.trim()) ? m[2]! : value;
}
