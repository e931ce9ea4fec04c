/**
 * "Fred X" printed after "Frederick X", "Alex Y" after "Alexander Y": an English report may give a
 * person's given name cut short in a later mention. A Latin given name of at least three letters
 * that opens a longer one (by two letters or more, so "Jon"/"Joni" spellings stay apart) is taken
 * as its short form; Arabic names are left out, where a longer word is another name (محمد/محمدي).
 */
const SHORTEST = 3;
const CUT_AT_LEAST = 2;

export function isShortenedGivenName(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (!/^[a-z]+$/u.test(short) || !/^[a-z]+$/u.test(long)) return false;
  return short.length >= SHORTEST && long.length - short.length >= CUT_AT_LEAST && long.startsWith(short);
}
