import { matchKey } from "../text/normalize";

/**
 * "… للصربي ستيفان X …، ثم اختتم X الثلاثية": a person named in full and then by the last words
 * of the name alone is that person again, not a body the tagger took the bare family name for.
 */
export function namesPersonAgain(surface: string, persons: readonly { name: string; aliases: readonly string[] }[]): boolean {
  const key = matchKey(surface);
  const n = key.split(" ").length;
  return persons.some((p) =>
    [p.name, ...p.aliases].some((name) => {
      const words = matchKey(name).split(" ");
      return words.length > n && words.slice(-n).join(" ") === key;
    }),
  );
}
