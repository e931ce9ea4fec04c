/**
 * Language by script: Arabic letters first; English needs Latin letters and English function
 * words. One pass over the first 5000 characters with code-point ranges (no per-character regex).
 */
export function detectLanguage(text: string): "ar" | "en" | "other" {
  const sample = text.slice(0, 5000);
  let arabic = 0;
  let latin = 0;
  let other = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
    else if ((c >= 0x0621 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc)) arabic++;
    else if (c >= 0xc0 && c !== 0x640 && !(c >= 0x064b && c <= 0x065f) && !(c >= 0x2000 && c <= 0x2bff) && /\p{L}/u.test(sample[i]!)) other++;
  }
  const letters = arabic + latin + other;
  if (letters === 0) return "other";
  if (arabic / letters >= 0.5) return "ar";
  if (latin / letters > 0.8 && /\b(the|and|of|to|in)\b/i.test(sample)) return "en";
  return "other";
}
