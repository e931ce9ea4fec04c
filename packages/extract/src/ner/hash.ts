/**
 * Feature hashing: every feature is a 32-bit integer, so the model stores no feature strings and
 * inference compares integers only. Collisions among the few hundred thousand features of the
 * model are rare at 32 bits and cost at most a slightly noisy weight.
 */

/** FNV-1a over the UTF-16 code units of a string. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Combines a value hash with a template salt (which neighbour, which cue) into one feature. */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}
