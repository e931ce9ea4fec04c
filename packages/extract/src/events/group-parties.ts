/**
 * "وقع البلدان اتفاقا", "بعد شهرين من توقيع البلدين مذكرة", "the two countries agreed": a sentence
 * that names its parties as a counted group of states means the states the article is about,
 * the first it named, and as many as the group counts. Returns that count, or null when the
 * sentence names no counted group ("الدول الأعضاء" counts nothing).
 */
export function groupOfStates(sentence: string): number | null {
  for (const [re, n] of GROUPS) {
    const m = re.exec(sentence);
    // "near where the borders of the three countries meet", "على حدود البلدين": a place, not the parties.
    if (m && !BORDER_BEFORE.test(sentence.slice(Math.max(0, m.index - 24), m.index))) return n;
  }
  return null;
}

const BORDER_BEFORE = /(?:borders?|frontiers?|border between|حدود|الحدود بين|حدودية بين|الحدودي بين)\s*(?:of\s*)?$/iu;

// A proclitic may stand before the Arabic article (وال، بال، لل، فال); the count is written out.
const AR = "(?:^|[\\s(«\"'])(?:[وف])?(?:بال|لل|ال)";
const END = "(?=$|[\\s،,.؛:)»\"'])";
const GROUPS: [RegExp, number][] = [
  [new RegExp(`${AR}(?:دول|بلدان)\\s+ال(?:ثلاث|ثلاثة)${END}`, "u"), 3],
  [new RegExp(`${AR}(?:دول|بلدان)\\s+ال(?:أربع|اربع|أربعة|اربعة)${END}`, "u"), 4],
  // "البلدان" is also the plural ("البلدان الأفريقية"): dual only before no adjective of its own.
  [new RegExp(`${AR}(?:بلدين|دولتين|دولتان)${END}|${AR}بلدان(?!\\s+ال)${END}`, "u"), 2],
  [/\b(?:the three|all three) (?:countries|nations|states)\b/iu, 3],
  [/\b(?:the two|both) (?:countries|nations|neighbours|neighbors)\b/iu, 2],
];
