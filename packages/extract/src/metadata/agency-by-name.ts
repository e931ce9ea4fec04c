/**
 * An agency no list holds is still named as one by its words: "وكالة X للأنباء", "وكالة أنباء X",
 * "وكالة الأنباء X", "X News Agency", "X Press Agency". Printed in a dateline's brackets it signs the
 * report like a listed agency's code.
 */
const AR_AGENCY = /^وكالة\s+(?:(?:ال)?أنباء\s+\p{L}+(?:\s+\p{L}+){0,2}|\p{L}+(?:\s+\p{L}+){0,2}\s+للأنباء)$/u;
const EN_AGENCY = /^(?:\p{Lu}[\p{L}'-]*\s+){1,3}(?:News|Press)\s+Agency$/u;

export function namesAnAgency(value: string): boolean {
  const v = value.trim().replace(/\s+/gu, " ");
  return AR_AGENCY.test(v) || EN_AGENCY.test(v);
}
