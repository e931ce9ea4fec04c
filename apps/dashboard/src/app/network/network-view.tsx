"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useMemo, useState, type RefObject } from "react";
import { buildNetworkGraph, type GraphNode } from "../../lib/network-graph";
import { useTRPC } from "../../trpc/react";
import { DateField } from "../_components/date-field";
import { ExportLinks } from "../_components/export-links";
import { useForceLayout } from "./use-force-layout";
import { usePanZoom } from "../_components/use-pan-zoom";
import { T, useText } from "../_components/t";
import { useUiLanguage } from "../_components/ui-language";
import { useFormat } from "../_components/use-format";
import { UserMessage } from "../_components/user-message";
import { countryOptions } from "./country-options";
import { placeLabels } from "./label-placement";

/** At most this many names are written at once; the others show theirs on hover and focus. */
const LABELLED = 40;
/** Size of the names on screen, in pixels, whatever the zoom and the width of the window. */
const LABEL_PX = 12;
/**
 * Smallest radius of a circle on screen, in pixels: a phone draws the graph at a third of the
 * desktop's scale, where a quiet person's circle would be a dot too small to see or tap.
 */
const MIN_RADIUS_PX = 5;

export function NetworkView() {
  const trpc = useTRPC();
  const say = useText();
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [country, setCountry] = useState("");
  const ui = useUiLanguage();
  const countries = useMemo(() => countryOptions(ui), [ui]);
  const filter = { from, to, country };
  const graph = useQuery(trpc.network.graph.queryOptions(filter, { placeholderData: keepPreviousData }));

  return (
    <>
      <form className="panel filters" onSubmit={(e) => e.preventDefault()} aria-label={say("network.networkView.filters")}>
        <DateField id="network-from" label={{ k: "network.networkView.from" }} value={from} onChange={setFrom} />
        <DateField id="network-to" label={{ k: "network.networkView.to" }} value={to} min={from || undefined} onChange={setTo} />
        <label>
          <span>
            <T k="common.entityDirectory.country" />
          </span>
          <select value={country} onChange={(e) => setCountry(e.target.value)} data-testid="network-country">
            <option value="">{say("network.networkView.allCountries")}</option>
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <ExportLinks
          files={[
            { file: "network.graphml", label: "common.exportLinks.networkGraphml" },
            { file: "people.csv", label: "common.exportLinks.peopleCsv" },
            { file: "events.csv", label: "common.exportLinks.eventsCsv" },
          ]}
          params={filter}
        />
      </form>
      {graph.isPending ? (
        <p className="panel muted" role="status">
          <T k="network.networkView.loading" />
        </p>
      ) : graph.isError ? (
        <p className="panel error" role="alert">
          <T k="network.networkView.couldNotLoadNetwork" /> <UserMessage error={graph.error} />
        </p>
      ) : graph.data.persons.length === 0 ? (
        <p className="panel empty" data-testid="network-empty">
          <T k="network.networkView.noEventsWithPeopleMatch" />
        </p>
      ) : (
        <NetworkGraph data={graph.data} />
      )}
    </>
  );
}

type NetworkData = Parameters<typeof buildNetworkGraph>[0] & { totalPersons: number };

function NetworkGraph({ data }: { data: NetworkData }) {
  const say = useText();
  const format = useFormat();
  // A state is named in the interface's language; a person by the name the articles give.
  const nodeName = (n: { kind: string; label: string; country: string | null }) =>
    n.kind === "state" && n.country ? format.country(n.country) : n.label;
  const { nodes, edges } = useMemo(() => buildNetworkGraph(data), [data]);
  const layout = useForceLayout(nodes, edges);
  const { ref, transform, scale, reset, zoomed } = usePanZoom<SVGSVGElement>(data);
  const unitPx = useUnitPixels(ref, layout.bounds.width, layout.bounds.height);
  const [hovered, setHovered] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const focus = hovered ?? selected;

  const neighbours = useMemo(() => {
    if (!focus) return null;
    const set = new Set([focus]);
    for (const e of edges) {
      if (e.source === focus) set.add(e.target);
      if (e.target === focus) set.add(e.source);
    }
    return set;
  }, [focus, edges]);

  const minRadius = MIN_RADIUS_PX / (scale * unitPx);
  const radius = (n: { r: number }) => Math.max(n.r, minRadius);
  // Names that fit without overlapping at this zoom: states first, then the busiest people.
  const labelled = useMemo(
    () =>
      placeLabels(
        layout.nodes.map((n) => ({ ...n, r: radius(n), label: nodeName(n), priority: n.kind === "state" ? 1e6 + n.activity : n.activity })),
        scale * unitPx,
        LABEL_PX,
        LABELLED,
      ),
    [layout.nodes, scale, unitPx],
  );
  const fontSize = LABEL_PX / (scale * unitPx);
  const maxWeight = Math.max(1, ...edges.map((e) => e.weight));
  const card = selected ? layout.byId.get(selected) : undefined;
  const { minX, minY, width, height } = layout.bounds;
  const persons = nodes.filter((n) => n.kind === "person").length;
  const meetings = edges.filter((e) => e.kind === "met").length;

  return (
    <>
      <p className="muted small" data-testid="network-summary">
        <T k="network.networkView.summary" values={{ persons, meetings }} />
        {data.totalPersons > persons ? (
          <>
            {" "}
            (<T k="network.networkView.mostActiveOf" values={{ total: data.totalPersons }} />)
          </>
        ) : null}
      </p>
      <div className="panel graph-frame">
        <button type="button" className="graph-reset" onClick={reset} disabled={!zoomed} data-testid="network-reset">
          <T k="network.networkView.fitAll" />
        </button>
        <svg
          ref={ref}
          className="graph-svg"
          viewBox={`${minX} ${minY} ${width} ${height}`}
          role="group"
          aria-label={say("network.networkView.meetingNetwork")}
          data-testid="network-graph"
          onClick={() => setSelected(null)}
        >
          <g transform={transform}>
            {edges.map((e) => {
              const a = layout.byId.get(e.source);
              const b = layout.byId.get(e.target);
              if (!a || !b) return null;
              const faded = neighbours && !(neighbours.has(e.source) && neighbours.has(e.target) && (e.source === focus || e.target === focus));
              return (
                <line
                  key={`${e.source}-${e.target}`}
                  className={`graph-edge ${e.kind}${faded ? " faded" : ""}`}
                  x1={a.x}
                  y1={a.y}
                  x2={b.x}
                  y2={b.y}
                  strokeWidth={(e.kind === "met" ? 1 + 4 * (e.weight / maxWeight) : 1) / Math.sqrt(scale)}
                />
              );
            })}
            {layout.nodes.map((n) => (
              <g
                key={n.id}
                className={`graph-node ${n.kind}${neighbours && !neighbours.has(n.id) ? " faded" : ""}${selected === n.id ? " selected" : ""}`}
                transform={`translate(${n.x},${n.y})`}
                data-node-id={n.id}
                data-node-kind={n.kind}
                data-node-label={n.label}
                tabIndex={0}
                role="button"
                aria-label={nodeName(n)}
                onMouseEnter={() => setHovered(n.id)}
                onMouseLeave={() => setHovered(null)}
                onFocus={() => setHovered(n.id)}
                onBlur={() => setHovered(null)}
                onClick={(event) => {
                  event.stopPropagation();
                  setSelected(n.id);
                }}
                onKeyDown={(event) => {
                  if (event.key === "Enter" || event.key === " ") setSelected(n.id);
                }}
              >
                <circle r={radius(n)} />
                {labelled.has(n.id) || focus === n.id ? (
                  <text y={-radius(n) - 3 / (scale * unitPx)} textAnchor="middle" fontSize={fontSize} strokeWidth={3 / (scale * unitPx)}>
                    {nodeName(n)}
                  </text>
                ) : null}
                <title>{`${nodeName(n)} · ${n.activity}`}</title>
              </g>
            ))}
          </g>
        </svg>
        {card ? <NodeCard node={card} links={edges.filter((e) => e.kind === "met" && (e.source === card.id || e.target === card.id)).length} /> : null}
      </div>
      <p className="legend">
        <span>
          <span className="legend-dot" aria-hidden="true" />
          <T k="network.networkView.person" />
        </span>
        <span>
          <span className="legend-dot state" aria-hidden="true" />
          <T k="network.networkView.state" />
        </span>
        <span>
          <T k="network.networkView.lineWidthSharedEvents" />
        </span>
      </p>
    </>
  );
}

function NodeCard({ node, links }: { node: GraphNode; links: number }) {
  const format = useFormat();
  return (
    <aside className="graph-card" data-testid="node-card">
      <h2>{node.kind === "state" && node.country ? format.country(node.country) : node.label}</h2>
      <p className="muted small">
        {node.kind === "person" ? (
          <>
            <T k="network.networkView.nodeActivity" values={{ events: node.activity, links }} />
            {node.country ? <> · {format.country(node.country)}</> : null}
          </>
        ) : (
          <>
            <T k="network.networkView.state" />
          </>
        )}
      </p>
      {node.kind === "person" ? (
        <Link href={`/entities/${node.id}`}>
          <T k="network.networkView.profile" />
        </Link>
      ) : null}
    </aside>
  );
}

/**
 * Screen pixels per layout unit at zoom 1: the SVG fits its view box into whatever size the page
 * gives it (narrower on a phone), so names are sized on screen rather than in layout units.
 */
function useUnitPixels(ref: RefObject<SVGSVGElement | null>, width: number, height: number): number {
  const [unit, setUnit] = useState(1);
  useEffect(() => {
    const svg = ref.current;
    if (!svg) return;
    const measure = () => {
      const { width: w, height: h } = svg.getBoundingClientRect();
      if (w > 0 && h > 0) setUnit(Math.min(w / width, h / height));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(svg);
    return () => observer.disconnect();
  }, [ref, width, height]);
  return unit;
}
