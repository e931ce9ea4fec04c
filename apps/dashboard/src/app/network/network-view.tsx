"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useMemo, useState } from "react";
import { buildNetworkGraph, type GraphNode } from "../../lib/network-graph";
import { useTRPC } from "../../trpc/react";
import { ExportLinks } from "../_components/export-links";
import { useForceLayout } from "./use-force-layout";
import { usePanZoom } from "../_components/use-pan-zoom";
import { T, useText } from "../_components/t";
import { useFormat } from "../_components/use-format";
import { UserMessage } from "../_components/user-message";

/** Persons whose names are always written on the graph; the others show theirs on hover. */
const LABELLED = 25;

export function NetworkView() {
  const trpc = useTRPC();
  const say = useText();
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [country, setCountry] = useState("");
  const filter = { from, to, country: /^[A-Za-z]{2}$/.test(country) ? country : "" };
  const graph = useQuery(trpc.network.graph.queryOptions(filter, { placeholderData: keepPreviousData }));

  return (
    <>
      <form className="panel filters" onSubmit={(e) => e.preventDefault()} aria-label={say("network.networkView.filters")}>
        <label>
          <span>
            <T k="network.networkView.from" />
          </span>
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          <span>
            <T k="network.networkView.to" />
          </span>
          <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
        <label>
          <span>
            <T k="network.networkView.countryIsoCode" />
          </span>
          <input
            value={country}
            onChange={(e) => setCountry(e.target.value.toUpperCase())}
            maxLength={2}
            size={4}
            placeholder="EG"
            dir="ltr"
          />
        </label>
        <ExportLinks
          files={[
            { file: "network.graphml", label: "GraphML (Gephi)" },
            { file: "people.csv", label: "People CSV" },
            { file: "events.csv", label: "Events CSV" },
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
  const { ref, transform, scale } = usePanZoom<SVGSVGElement>(data);
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

  const labelled = useMemo(
    () =>
      new Set(
        nodes
          .filter((n) => n.kind === "person")
          .slice(0, LABELLED)
          .map((n) => n.id),
      ),
    [nodes],
  );
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
        <svg
          ref={ref}
          className="graph-svg"
          viewBox={`${minX} ${minY} ${width} ${height}`}
          role="img"
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
                aria-label={n.label}
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
                <circle r={n.r} />
                {n.kind === "state" || labelled.has(n.id) || focus === n.id ? (
                  <text y={-n.r - 3} textAnchor="middle" fontSize={11 / Math.sqrt(scale)}>
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
