import { select } from "d3-selection";
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from "d3-zoom";
import { useCallback, useEffect, useRef, useState } from "react";

/**
 * Pan and zoom of an SVG with d3-zoom (mouse, wheel and touch). The transform lands in React state
 * and is applied as a `transform` attribute: style attributes are blocked by the page's CSP.
 * `initial` is the view to start from (and to return to when `resetKey` changes, or on `reset()`).
 */
export function usePanZoom<E extends SVGSVGElement>(resetKey: unknown, initial?: { k: number; x: number; y: number }) {
  const ref = useRef<E>(null);
  const behaviourRef = useRef<ZoomBehavior<E, unknown> | null>(null);
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const start = initial ? zoomIdentity.translate(initial.x, initial.y).scale(initial.k) : zoomIdentity;
  useEffect(() => {
    const svg = ref.current;
    if (!svg) return;
    const selection = select<E, unknown>(svg);
    const behaviour = zoom<E, unknown>()
      .scaleExtent([0.3, 12])
      .on("zoom", (event: { transform: ZoomTransform }) => setTransform(event.transform));
    selection.call(behaviour);
    behaviour.transform(selection, start);
    behaviourRef.current = behaviour;
    return () => {
      selection.on(".zoom", null);
      behaviourRef.current = null;
    };
    // `initial` is derived from the same data as `resetKey`: re-run only when that data changes.
  }, [resetKey]);
  /** Back to the starting view (the whole drawing), whatever the reader panned and zoomed. */
  const reset = useCallback(() => {
    const svg = ref.current;
    if (svg && behaviourRef.current) behaviourRef.current.transform(select<E, unknown>(svg), start);
    // `start` follows `resetKey` like the effect above.
  }, [resetKey]);
  return { ref, transform: transform.toString(), scale: transform.k, reset, zoomed: transform.toString() !== start.toString() };
}
