/**
 * Notices closing a page that name its publisher: a copyright line ("© 2027 The Coast Ledger",
 * "Copyright © The Coast Ledger 2027. All rights reserved.", "جميع الحقوق محفوظة لصحيفة X © 2027")
 * and a line telling where the piece first ran ("This article first appeared in X", "نُشر هذا المقال
 * أولاً في X"). The outlet a copyright belongs to published the text.
 */

const RIGHTS_RESERVED = /[.,،\s]*(?:all rights reserved|جميع الحقوق محفوظة)\.?$/iu;
const YEAR = "[12١٢][\\d٠-٩]{3}";
const COPYRIGHT = new RegExp(`^(?:copyright\\s*)?(?:©|\\(c\\)|copyright)\\s*(?:${YEAR}(?:\\s*[-–]\\s*${YEAR})?\\s*[-–,]?\\s*)?(.+?)(?:[\\s,]*${YEAR})?\\.?$`, "iu");
const RIGHTS_TO = /^(?:جميع|كل)\s+الحقوق\s+محفوظة\s*(?:لـ?\s*|ل)(.+?)(?:\s*©)?(?:\s*[12١٢][\d٠-٩]{3})?\.?$/u;
const FIRST_RAN = /^(?:this|the)\s+(?:article|story|report|piece)\s+(?:was\s+)?(?:first|originally)\s+(?:appeared|published|ran)\s+(?:in|on|by)\s+(?:the\s+)?(.+?)\.?$/iu;
const FIRST_RAN_AR = /^(?:نشر|نُشر|نشرت|نُشرت)\s+(?:هذا\s+)?(?:المقال|الخبر|التقرير|المادة)\s+(?:أولا|أولاً|اولا|أصلا|أصلاً|لأول مرة)?\s*(?:في|على|ب)\s*(.+?)\.?$/u;

// "© 2031 Island Record Ltd": the company's legal form is no part of the outlet's name.
const COMPANY_FORM = /[\s,]+(?:(?:Pty\.?\s+)?Ltd|Limited|Inc|LLC|PLC|Co)\.?$/u;

/** The outlet a closing notice names, or null when the line is no such notice or the name is long. */
export function closingNotice(line: string): string | null {
  const t = line.trim().replace(RIGHTS_RESERVED, "").trim();
  const m = RIGHTS_TO.exec(t) ?? FIRST_RAN.exec(t) ?? FIRST_RAN_AR.exec(t) ?? COPYRIGHT.exec(t);
  const v = m?.[1]?.replace(/[©\s.]+$/u, "").replace(COMPANY_FORM, "").trim();
  return v && /\p{L}/u.test(v) && v.split(/\s+/).length <= 6 ? v : null;
}
