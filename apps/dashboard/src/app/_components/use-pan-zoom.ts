import { select } from "d3-selection";
import { zoom, zoomIdentity, type ZoomTransform } from "d3-zoom";
import { useEffect, useRef, useState } from "react";

/**
 * Pan and zoom of an SVG with d3-zoom (mouse, wheel and touch). The transform lands in React state
 * and is applied as a `transform` attribute: style attributes are blocked by the page's CSP.
 * `initial` is the view to start from (and to return to when `resetKey` changes).
 */
export function usePanZoom<E extends SVGSVGElement>(resetKey: unknown, initial?: { k: number; x: number; y: number }) {
  const ref = useRef<E>(null);
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  useEffect(() => {
    const svg = ref.current;
    if (!svg) return;
    const selection = select<E, unknown>(svg);
    const behaviour = zoom<E, unknown>()
      .scaleExtent([0.3, 12])
      .on("zoom", (event: { transform: ZoomTransform }) => setTransform(event.transform));
    selection.call(behaviour);
    behaviour.transform(selection, initial ? zoomIdentity.translate(initial.x, initial.y).scale(initial.k) : zoomIdentity);
    return () => {
      selection.on(".zoom", null);
    };
    // `initial` is derived from the same data as `resetKey`: re-run only when that data changes.
  }, [resetKey]);
  return { ref, transform: transform.toString(), scale: transform.k };
}
