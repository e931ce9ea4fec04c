/** The comma in both scripts: Latin "," and Arabic "،". */
export const COMMAS: ReadonlySet<string> = new Set([",", "،"]);

/** The semicolon in both scripts: Latin ";" and Arabic "؛". */
export const SEMICOLONS: ReadonlySet<string> = new Set([";", "؛"]);

/** The hyphen, en dash and em dash that set off a dateline, an agency or a second name. */
export const DASHES: ReadonlySet<string> = new Set(["-", "–", "—"]);
