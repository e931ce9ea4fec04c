import crypto from "node:crypto";
import { matchKey } from "@marsad/extract/text";

// The one-shot `crypto.hash` (Node ≥ 20.12) skips a Hash object per shingle; same digest.
const md5: (s: string) => Buffer =
  typeof crypto.hash === "function"
    ? (s) => crypto.hash("md5", s, "buffer")
    : (s) => crypto.createHash("md5").update(s).digest();

/**
 * 64-bit SimHash over words and word pairs of the normalised text. Two rewrites of one agency wire
 * differ in a few bits; unrelated articles differ in about half of them.
 */
export function simhash(text: string): bigint {
  const words = matchKey(text).split(" ").filter((w) => w.length > 1);
  const weights = new Array<number>(64).fill(0);
  // Words and word pairs: short news texts have too few 3-shingles for a stable hash.
  const shingles = [...words, ...words.slice(1).map((w, i) => `${words[i]} ${w}`)];
  for (const shingle of shingles) {
    const digest = md5(shingle);
    // The first 8 bytes as a big-endian 64-bit number, read as two 32-bit halves: BigInt shifts
    // per bit cost more than the hashing, for every article stored.
    const high = digest.readUInt32BE(0);
    const low = digest.readUInt32BE(4);
    for (let bit = 0; bit < 32; bit++) {
      weights[bit]! += (low >>> bit) & 1 ? 1 : -1;
      weights[bit + 32]! += (high >>> bit) & 1 ? 1 : -1;
    }
  }
  let out = 0n;
  for (let bit = 0; bit < 64; bit++) if (weights[bit]! > 0) out |= 1n << BigInt(bit);
  // Postgres bigint is signed: store the same 64 bits as a signed value.
  return BigInt.asIntN(64, out);
}

/** Number of differing bits between two SimHashes. */
export function hammingDistance(a: bigint, b: bigint): number {
  let x = BigInt.asUintN(64, a ^ b);
  let n = 0;
  while (x) {
    x &= x - 1n;
    n++;
  }
  return n;
}

/**
 * At or under this distance two articles are treated as rewrites of the same text. Measured on
 * the sample articles: rewrites (byline added, tail cut) differ in 1–10 bits, distinct articles
 * on the same subject in 17 or more.
 */
export const NEAR_DUPLICATE_BITS = 9;
