"use client";

import type { EventType } from "@marsad/schema/tables";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useMemo, useState } from "react";
import { useTRPC } from "../../trpc/react";
import { DateField } from "../_components/date-field";
import { ExportLinks } from "../_components/export-links";
import { usePanZoom } from "../_components/use-pan-zoom";
import { COUNTRY_SHAPES, countryPoint, MAP_HEIGHT, MAP_WIDTH, project, SPHERE_PATH } from "./world";
import { T, useText } from "../_components/t";
import { useFormat } from "../_components/use-format";
import { EVENT_TYPE_LABELS } from "../../lib/analyst-labels";
import { UserMessage } from "../_components/user-message";

/** The base map's own name: said once, after its label in each language. */
const BASEMAP_NAME = "Natural Earth 1:110m";

type MapData = { events: MapEvent[]; visits: { from: string; to: string; events: number }[] };
interface MapEvent {
  id: string;
  type: EventType;
  date: string | null;
  location: string | null;
  locationCountry: string | null;
  lat: number | null;
  lon: number | null;
  summary: string;
}

/** Events at one point of the map (one place, or one state's centroid). */
interface Marker {
  key: string;
  x: number;
  y: number;
  events: MapEvent[];
}

function markersOf(events: MapEvent[]): Marker[] {
  const byPoint = new Map<string, Marker>();
  for (const e of events) {
    const point =
      e.lat !== null && e.lon !== null ? project(e.lon, e.lat) : e.locationCountry ? countryPoint(e.locationCountry) : null;
    if (!point) continue;
    const key = `${point[0].toFixed(1)},${point[1].toFixed(1)}`;
    const marker = byPoint.get(key) ?? { key, x: point[0], y: point[1], events: [] };
    marker.events.push(e);
    byPoint.set(key, marker);
  }
  return [...byPoint.values()].sort((a, b) => b.events.length - a.events.length);
}

/** A curved path from one state to another, bent to the side so two-way visits do not overlap. */
function arc(from: [number, number], to: [number, number]): string {
  const [x1, y1] = from;
  const [x2, y2] = to;
  const mx = (x1 + x2) / 2 - (y2 - y1) * 0.2;
  const my = (y1 + y2) / 2 + (x2 - x1) * 0.2;
  return `M${x1},${y1} Q${mx},${my} ${x2},${y2}`;
}

export function MapView() {
  const trpc = useTRPC();
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [type, setType] = useState<EventType | "">("");
  const filter = { from, to, type };
  const data = useQuery(trpc.map.events.queryOptions(filter, { placeholderData: keepPreviousData }));

  const say = useText();
  return (
    <>
      <form className="panel filters" onSubmit={(e) => e.preventDefault()} aria-label={say("map.mapView.filters")}>
        <DateField id="map-from" label={{ k: "map.mapView.from" }} value={from} onChange={setFrom} />
        <DateField id="map-to" label={{ k: "map.mapView.to" }} value={to} min={from || undefined} onChange={setTo} />
        <label>
          <span>
            <T k="map.mapView.type" />
          </span>
          <select value={type} onChange={(e) => setType(e.target.value as EventType | "")}>
            <option value="">{say("map.mapView.all")}</option>
            {(Object.keys(EVENT_TYPE_LABELS) as EventType[]).map((t) => (
              <option key={t} value={t}>
                {say(EVENT_TYPE_LABELS[t])}
              </option>
            ))}
          </select>
        </label>
        <ExportLinks
          files={[
            { file: "events.csv", label: "common.exportLinks.eventsCsv" },
            { file: "events.json", label: "common.exportLinks.eventsJson" },
          ]}
          params={filter}
        />
      </form>
      {from || to ? (
        // The range is on the events' known dates: an undated event is in no range.
        <p className="muted small" data-testid="map-range-note">
          <T k="map.mapView.theRangeHoldsOnlyEvents" />
        </p>
      ) : null}
      {data.isError ? (
        <p className="panel error" role="alert">
          <T k="map.mapView.couldNotLoadEvents" /> <UserMessage error={data.error} />
        </p>
      ) : (
        <WorldMap data={data.data} />
      )}
    </>
  );
}

/**
 * The view that frames every marker and arrow end with a margin, never closer than MAX_FIT_ZOOM,
 * so a few events in one region are not lost on a whole-world map.
 */
const MAX_FIT_ZOOM = 6;
function fitView(points: [number, number][]): { k: number; x: number; y: number } | undefined {
  if (points.length === 0) return undefined;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const margin = 60;
  const [x0, x1, y0, y1] = [Math.min(...xs) - margin, Math.max(...xs) + margin, Math.min(...ys) - margin, Math.max(...ys) + margin];
  const k = Math.max(1, Math.min(MAX_FIT_ZOOM, MAP_WIDTH / (x1 - x0), MAP_HEIGHT / (y1 - y0)));
  return { k, x: MAP_WIDTH / 2 - (k * (x0 + x1)) / 2, y: MAP_HEIGHT / 2 - (k * (y0 + y1)) / 2 };
}

function WorldMap({ data }: { data: MapData | undefined }) {
  const say = useText();
  const format = useFormat();
  const [selected, setSelected] = useState<string | null>(null);
  const markers = useMemo(() => markersOf(data?.events ?? []), [data]);
  const hosts = useMemo(() => new Set((data?.events ?? []).map((e) => e.locationCountry?.toUpperCase())), [data]);
  const arrows = useMemo(
    () =>
      (data?.visits ?? []).flatMap((v) => {
        const a = countryPoint(v.from);
        const b = countryPoint(v.to);
        return a && b ? [{ ...v, d: arc(a, b) }] : [];
      }),
    [data],
  );
  const view = useMemo(
    () =>
      fitView([
        ...markers.map((m): [number, number] => [m.x, m.y]),
        ...arrows.flatMap((a) => [countryPoint(a.from), countryPoint(a.to)].filter((p) => p !== null)),
      ]),
    [markers, arrows],
  );
  const { ref, transform, scale } = usePanZoom<SVGSVGElement>(data, view);
  const maxVisits = Math.max(1, ...arrows.map((a) => a.events));
  const marker = markers.find((m) => m.key === selected);

  return (
    <>
      <p className="muted small" data-testid="map-summary">
        {data ? (
          <T k="map.mapView.summary" values={{ events: data.events.length, routes: arrows.length }} />
        ) : (
          <T k="map.mapView.loading" />
        )}
      </p>
      <div className="panel graph-frame">
        <svg
          ref={ref}
          className="map-svg"
          viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
          role="group"
          aria-label={say("map.mapView.worldMap")}
          data-testid="world-map"
          onClick={() => setSelected(null)}
        >
          <defs>
            <marker id="visit-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse">
              <path d="M0,0 L10,5 L0,10 z" className="map-arrowhead" />
            </marker>
          </defs>
          <g transform={transform}>
            <path d={SPHERE_PATH} className="map-sphere" vectorEffect="non-scaling-stroke" />
            {COUNTRY_SHAPES.map((c, i) => (
              <path
                key={c.code ?? `shape-${i}`}
                d={c.d}
                className={`map-land${c.code && hosts.has(c.code) ? " active" : ""}`}
                vectorEffect="non-scaling-stroke"
                data-country={c.code ?? undefined}
              >
                <title>{c.code ? format.country(c.code) : c.name}</title>
              </path>
            ))}
            {arrows.map((a) => (
              <path
                key={`${a.from}>${a.to}`}
                d={a.d}
                className="map-visit"
                strokeWidth={(1 + 2.5 * (a.events / maxVisits)) / scale}
                markerEnd="url(#visit-arrow)"
                data-testid="map-visit"
                data-from={a.from}
                data-to={a.to}
              >
                <title>{say("map.mapView.visitArrow", { from: { country: a.from }, to: { country: a.to }, events: a.events })}</title>
              </path>
            ))}
            {markers.map((m) => (
              <circle
                key={m.key}
                cx={m.x}
                cy={m.y}
                r={(4 + 2 * Math.sqrt(m.events.length)) / scale}
                className={`map-event${selected === m.key ? " selected" : ""}`}
                vectorEffect="non-scaling-stroke"
                data-testid="map-event"
                data-event-ids={m.events.map((e) => e.id).join(" ")}
                tabIndex={0}
                role="button"
                aria-label={m.events[0]?.location ?? m.events[0]?.summary ?? ""}
                onClick={(event) => {
                  event.stopPropagation();
                  setSelected(m.key);
                }}
                onKeyDown={(event) => {
                  if (event.key === "Enter" || event.key === " ") setSelected(m.key);
                }}
              >
                <title>{m.events.map((e) => `${e.date ? format.longDay(e.date) : say("map.mapView.undated")} · ${e.location ?? ""} · ${e.summary}`).join("\n")}</title>
              </circle>
            ))}
          </g>
        </svg>
        {marker ? <EventsCard marker={marker} /> : null}
      </div>
      <p className="legend">
        <span>
          <span className="legend-dot" aria-hidden="true" />
          <T k="map.mapView.eventLocation" />
        </span>
        <span>
          <span className="legend-dot visit" aria-hidden="true" />
          <T k="map.mapView.visitBetweenStates" />
        </span>
        <span>
          <T k="map.mapView.basemapCredit" />: <span dir="ltr">{BASEMAP_NAME}</span>
        </span>
      </p>
    </>
  );
}

function EventsCard({ marker }: { marker: Marker }) {
  const shown = marker.events.slice(0, 8);
  const format = useFormat();
  return (
    <aside className="graph-card at-bottom" data-testid="event-card">
      <h2>{marker.events[0]?.location ?? (marker.events[0]?.locationCountry ? format.country(marker.events[0].locationCountry) : "")}</h2>
      <ul className="plain-list">
        {shown.map((e) => (
          <li key={e.id}>
            <span className="muted small">
              {e.date ? <span className="day">{format.longDay(e.date)}</span> : <T k="map.mapView.undated" />} · <T k={EVENT_TYPE_LABELS[e.type]} />
            </span>{" "}
            <Link href={`/events/${e.id}`} dir="auto">
              {e.summary}
            </Link>
          </li>
        ))}
      </ul>
      {marker.events.length > shown.length ? (
        <p className="muted small">
          <T k="map.mapView.andMore" values={{ count: marker.events.length - shown.length }} />
        </p>
      ) : null}
    </aside>
  );
}
