/**
 * The words that put one happening after another ("عقب اشتباكات", "إثر هجوم", "وبعد اللقاء",
 * "following clashes", "after the talks"), listed once for the readers of earlier happenings and of
 * occasions told again. Arabic forms are token keys, with and without و.
 */
export const AFTER_WORDS_AR: ReadonlySet<string> = new Set(["عقب", "وعقب", "اثر", "واثر", "بعد", "وبعد"]);
export const AFTER_WORDS_EN: ReadonlySet<string> = new Set(["after", "following"]);
/** Both languages' words together, for readers that take either. */
export const AFTER_WORDS: ReadonlySet<string> = new Set([...AFTER_WORDS_AR, ...AFTER_WORDS_EN]);
/** "ثم", "then": the clause after it tells what was done next, apart from what came before it. */
export const THEN_WORDS: ReadonlySet<string> = new Set(["ثم", "وثم", "then"]);
