/**
 * The arguments an ICU message uses, nested ones included: `{count, plural, one {# x} other {…}}`
 * gives `count` (type `plural`, options `one`, `other`). Read by the catalogue checks
 * (count-messages.ts); never imported by the app, which formats messages through next-intl.
 */
export interface IcuArgument {
  name: string;
  /** `null` for a plain `{name}`; else `number`, `plural`, `select`, `date`… */
  type: string | null;
  /** The selectors of a plural or select (`zero`, `one`, `=0`, …); empty for other types. */
  options: string[];
}

/** Characters an apostrophe quotes (intl-messageformat also quotes tags' angle brackets). */
const QUOTABLE = new Set(["{", "}", "#", "|", "<", ">"]);
const BRANCHING = new Set(["plural", "selectordinal", "select"]);

export function icuArguments(message: string): IcuArgument[] {
  const found: IcuArgument[] = [];
  readMessage(message, 0, found);
  return found;
}

/** Reads message text from `at` up to an unmatched `}` (or the end); returns that position. */
function readMessage(s: string, at: number, found: IcuArgument[]): number {
  let i = at;
  while (i < s.length) {
    const ch = s[i];
    if (ch === "'") i = skipQuote(s, i);
    else if (ch === "{") i = readArgument(s, i + 1, found);
    else if (ch === "}") return i;
    else i += 1;
  }
  return i;
}

/** `''` is one apostrophe; `'{…'` quotes syntax up to the next apostrophe; any other is literal. */
function skipQuote(s: string, i: number): number {
  if (s[i + 1] === "'") return i + 2;
  if (!QUOTABLE.has(s[i + 1] ?? "")) return i + 1;
  const end = s.indexOf("'", i + 1);
  return end < 0 ? s.length : end + 1;
}

/** Reads `name[, type[, style or options]]}` from just after the `{`; returns the index after `}`. */
function readArgument(s: string, at: number, found: IcuArgument[]): number {
  const head = /^\s*([^\s,{}]+)\s*(?:,\s*([a-z]+)\s*)?([,}])/.exec(s.slice(at));
  if (!head) throw new Error(`unreadable ICU argument at ${at}: ${s}`);
  const [whole, name = "", type, end] = head;
  const argument: IcuArgument = { name, type: type ?? null, options: [] };
  found.push(argument);
  let i = at + whole.length;
  if (end === "}") return i;
  if (!BRANCHING.has(argument.type ?? "")) return skipStyle(s, i);
  for (;;) {
    const option = /^\s*(offset:\s*\d+\s*)?([^\s{}]+)?\s*([{}])/.exec(s.slice(i));
    if (!option) throw new Error(`unreadable ICU options of ${name}: ${s}`);
    i += option[0].length;
    if (option[3] === "}") return i;
    if (option[2]) argument.options.push(option[2]);
    i = readMessage(s, i, found) + 1;
  }
}

/** A number or date style (`::compact-short`, `percent`): skipped up to its closing brace. */
function skipStyle(s: string, at: number): number {
  let depth = 1;
  let i = at;
  while (i < s.length && depth > 0) {
    if (s[i] === "{") depth += 1;
    else if (s[i] === "}") depth -= 1;
    i += 1;
  }
  return i;
}
