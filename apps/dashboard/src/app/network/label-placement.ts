/**
 * Which node labels the network graph writes, so that no two overlap however dense a cluster is.
 * Labels are placed greedily in order of importance (states, then the most active people), each as
 * a box above its circle in screen pixels; a label whose box would overlap one already placed, or
 * a circle other than its own, is left for hover and focus. Zooming in spreads the circles apart on
 * screen, so more labels fit. Pure, so it is unit-tested.
 */

export interface LabelCandidate {
  id: string;
  label: string;
  /** Position and radius in layout units. */
  x: number;
  y: number;
  r: number;
  /** Higher goes first (a state before a person, a busier person before a quieter one). */
  priority: number;
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Average advance of a character at 1 px font size (Arabic and Latin names in the UI font), with room to spare. */
const CHAR_WIDTH = 0.62;
/** The text box above and below the baseline, at 1 px font size: Naskh's tall ascent and deep descent. */
const ASCENT = 1.3;
const DESCENT = 0.5;
/** Space kept around each label, in screen pixels. */
const GAP = 2;

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * The ids whose labels are drawn. `scale` is the zoom (screen pixels per layout unit), `fontPx` the
 * label's size on screen; a label is centred above its circle, as the graph draws it.
 */
export function placeLabels(candidates: LabelCandidate[], scale: number, fontPx: number, limit = Infinity): Set<string> {
  const circles = candidates.map((c) => ({
    id: c.id,
    box: { left: (c.x - c.r) * scale, right: (c.x + c.r) * scale, top: (c.y - c.r) * scale, bottom: (c.y + c.r) * scale },
  }));
  const placed: Box[] = [];
  const shown = new Set<string>();
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority || a.label.localeCompare(b.label));
  for (const c of ordered) {
    if (shown.size >= limit) break;
    const width = c.label.length * CHAR_WIDTH * fontPx;
    const baseline = (c.y - c.r) * scale - 3;
    const box = {
      left: c.x * scale - width / 2 - GAP,
      right: c.x * scale + width / 2 + GAP,
      top: baseline - ASCENT * fontPx - GAP,
      bottom: baseline + DESCENT * fontPx + GAP,
    };
    // Against circles only the letters' core counts (descenders may brush a circle's edge).
    const core = { ...box, top: baseline - fontPx, bottom: baseline };
    if (placed.some((p) => overlaps(p, box))) continue;
    if (circles.some((other) => other.id !== c.id && overlaps(other.box, core))) continue;
    placed.push(box);
    shown.add(c.id);
  }
  return shown;
}
