/** The comma in both scripts: Latin "," and Arabic "،". */
export const COMMAS: ReadonlySet<string> = new Set([",", "،"]);

/** The semicolon in both scripts: Latin ";" and Arabic "؛". */
export const SEMICOLONS: ReadonlySet<string> = new Set([";", "؛"]);
