import type { Token } from "../text/tokens";

/**
 * Whether an Arabic office's head word is printed in the feminine (رئيسة، الوزيرة، مديرة): the
 * feminine ending ة closes it, after any article or clitic.
 */
export function isFeminineOfficeWord(t: Token): boolean {
  return t.arabic && t.kind === "word" && t.text.endsWith("ة");
}

/**
 * "التقى نائب الوزير رئيسة قسم اللغات، البروفيسورة X": once a complement has closed the office
 * opened at `head`, a further head printed with no و in the other gender (a deputy in the masculine,
 * a head of department in the feminine) cannot be the same holder's second office: it is the next
 * person's, the object the sentence's subject met. Heads of one gender chain ("نائب رئيس الوزراء
 * وزير الخارجية"), and so do a deputy's noun and the office she deputizes for, which need no
 * complement between them ("نائبة رئيس"). `joined`: the further head carries و, or the preposition
 * ل of the office it serves ("الممثلة الخاصة للأمين العام"), and so is no office of its own.
 */
export function opensOtherHoldersOffice(tokens: readonly Token[], head: number, closedAfterHead: boolean, chainedFirst: number, joined: boolean): boolean {
  if (!closedAfterHead || joined) return false;
  return isFeminineOfficeWord(tokens[head]!) !== isFeminineOfficeWord(tokens[chainedFirst]!);
}
