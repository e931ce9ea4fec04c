import type { Layout } from "./header";

/** The headline as printed, or null when the page starts with something that is no headline. */
export function readTitle(layout: Layout): string | null {
  const t = layout.titleLine?.text.trim();
  if (!t) return null;
  return t.length <= 300 ? t : null;
}
