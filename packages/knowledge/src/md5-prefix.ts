/*
 * The first 64 bits of the MD5 digest of a string's UTF-8 bytes (RFC 1321), computed in
 * JavaScript. SimHash hashes every word and word pair of every stored article — about 1,400
 * short strings an article —, and for strings that short node:crypto costs several times more
 * in crossing into C++ and allocating a Buffer than in hashing. The digest must stay MD5, bit
 * for bit: stored fingerprints are compared with new ones (`simhash.test.ts` checks it against
 * node:crypto).
 */

/** Per-step left rotations. */
const SHIFT = new Int32Array([
  7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
  4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
]);
/** Per-step constants: floor(|sin(i + 1)| · 2^32). */
const SINE = Int32Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) | 0);

// Reused between calls: hashing allocates nothing but a larger buffer for an unusually long string.
let bytes = new Uint8Array(1024);
const block = new Int32Array(16);

/** Writes the string as UTF-8 (a lone surrogate as U+FFFD, as Buffer does) from byte `n` on; returns the end. */
function encodeUtf8(s: string, start: number): number {
  if (bytes.length < start + s.length * 3 + 72) {
    const grown = new Uint8Array(2 * (start + s.length * 3 + 72));
    grown.set(bytes.subarray(0, start));
    bytes = grown;
  }
  const b = bytes;
  let n = start;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) b[n++] = c;
    else if (c < 0x800) {
      b[n++] = 0xc0 | (c >> 6);
      b[n++] = 0x80 | (c & 63);
    } else if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      c = 0x10000 + ((c - 0xd800) << 10) + (s.charCodeAt(++i) - 0xdc00);
      b[n++] = 0xf0 | (c >> 18);
      b[n++] = 0x80 | ((c >> 12) & 63);
      b[n++] = 0x80 | ((c >> 6) & 63);
      b[n++] = 0x80 | (c & 63);
    } else {
      if (c >= 0xd800 && c < 0xe000) c = 0xfffd;
      b[n++] = 0xe0 | (c >> 12);
      b[n++] = 0x80 | ((c >> 6) & 63);
      b[n++] = 0x80 | (c & 63);
    }
  }
  return n;
}

const rotate = (x: number, s: number) => (x << s) | (x >>> (32 - s));
const byteSwap = (x: number) => (((x & 0xff) << 24) | ((x & 0xff00) << 8) | ((x >>> 8) & 0xff00) | (x >>> 24)) >>> 0;

/**
 * Writes the first 8 bytes of the digest of `text` — or of `text + " " + next` when `next` is
 * given, without building that string —, read as two big-endian unsigned 32-bit numbers, into
 * `out[0]` (bytes 0–3) and `out[1]` (bytes 4–7).
 */
export function md5Prefix(out: Uint32Array, text: string, next?: string): void {
  let length = encodeUtf8(text, 0);
  if (next !== undefined) {
    bytes[length++] = 0x20;
    length = encodeUtf8(next, length);
  }
  const b = bytes;
  let n = length;
  b[n++] = 0x80;
  while ((n & 63) !== 56) b[n++] = 0;
  // The message length in bits, as a little-endian 64-bit number.
  const low = (length * 8) >>> 0;
  const high = Math.floor(length / 0x20000000);
  for (let k = 0; k < 4; k++) b[n++] = (low >>> (8 * k)) & 255;
  for (let k = 0; k < 4; k++) b[n++] = (high >>> (8 * k)) & 255;

  let a0 = 0x67452301 | 0;
  let b0 = 0xefcdab89 | 0;
  let c0 = 0x98badcfe | 0;
  let d0 = 0x10325476 | 0;
  const x = block;
  for (let offset = 0; offset < n; offset += 64) {
    for (let j = 0; j < 16; j++) {
      const o = offset + j * 4;
      x[j] = b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24);
    }
    let A = a0;
    let B = b0;
    let C = c0;
    let D = d0;
    let F = 0;
    // The four rounds as four loops: no per-step branch on the round.
    for (let i = 0; i < 16; i++) {
      F = (((B & C) | (~B & D)) + A + SINE[i]! + x[i]!) | 0;
      A = D;
      D = C;
      C = B;
      B = (B + rotate(F, SHIFT[i]!)) | 0;
    }
    for (let i = 16; i < 32; i++) {
      F = (((D & B) | (~D & C)) + A + SINE[i]! + x[(5 * i + 1) & 15]!) | 0;
      A = D;
      D = C;
      C = B;
      B = (B + rotate(F, SHIFT[i]!)) | 0;
    }
    for (let i = 32; i < 48; i++) {
      F = ((B ^ C ^ D) + A + SINE[i]! + x[(3 * i + 5) & 15]!) | 0;
      A = D;
      D = C;
      C = B;
      B = (B + rotate(F, SHIFT[i]!)) | 0;
    }
    for (let i = 48; i < 64; i++) {
      F = ((C ^ (B | ~D)) + A + SINE[i]! + x[(7 * i) & 15]!) | 0;
      A = D;
      D = C;
      C = B;
      B = (B + rotate(F, SHIFT[i]!)) | 0;
    }
    a0 = (a0 + A) | 0;
    b0 = (b0 + B) | 0;
    c0 = (c0 + C) | 0;
    d0 = (d0 + D) | 0;
  }
  // The digest is A, B, C, D each little-endian: its bytes 0–7 read big-endian are A and B swapped.
  out[0] = byteSwap(a0);
  out[1] = byteSwap(b0);
}
