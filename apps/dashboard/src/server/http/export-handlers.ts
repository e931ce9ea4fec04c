import {
  EmptyQueryError,
  getNetwork,
  listArticlesForExport,
  listEventsForExport,
  listPeopleForExport,
  type Db,
} from "@marsad/db";
import {
  articleExportQuerySchema,
  eventExportQuerySchema,
  networkQuerySchema,
  peopleExportQuerySchema,
} from "@marsad/schema";
import { buildNetworkGraph } from "../../lib/network-graph";
import { toCsv, type CsvColumn } from "../export/csv";
import { toGraphml } from "../export/graphml";
import type { Logger } from "../logger";
import { handlerRunner } from "./handle";
import { errorResponse, HttpError } from "./errors";
import { parseOrThrow } from "./validation";

export interface ExportHandlerDeps {
  db: Db;
  logger: Logger;
}

/** The files `GET /api/v1/export/<file>` serves. */
export const EXPORT_FILES = [
  "articles.csv",
  "articles.json",
  "events.csv",
  "events.json",
  "people.csv",
  "people.json",
  "network.graphml",
] as const;
export type ExportFile = (typeof EXPORT_FILES)[number];

const CONTENT_TYPES = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
  graphml: "application/graphml+xml; charset=utf-8",
} as const;

const queryOf = (request: Request) => Object.fromEntries(new URL(request.url).searchParams);

/**
 * A download: `Content-Disposition` names the file with the day; `X-Export-Limit` is the row cap
 * and `X-Export-Truncated` says whether rows beyond it were left out.
 */
function download(file: ExportFile, body: string, limit: number, truncated: boolean): Response {
  const [base, ext] = file.split(".") as [string, keyof typeof CONTENT_TYPES];
  const day = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    status: 200,
    headers: {
      "Content-Type": CONTENT_TYPES[ext],
      "Content-Disposition": `attachment; filename="marsad-${base}-${day}.${ext}"`,
      "Cache-Control": "no-store",
      "X-Export-Limit": String(limit),
      "X-Export-Truncated": String(truncated),
    },
  });
}

/** Rows read with one extra beyond the limit, cut back, with whether the cut dropped any. */
function capped<T>(rows: T[], limit: number): { rows: T[]; truncated: boolean } {
  return { rows: rows.slice(0, limit), truncated: rows.length > limit };
}

function write<Row>(file: ExportFile, columns: CsvColumn<Row>[], rows: Row[], limit: number, truncated: boolean) {
  if (file.endsWith(".csv")) return download(file, toCsv(columns, rows), limit, truncated);
  return download(file, JSON.stringify({ items: rows, limit, truncated }), limit, truncated);
}

type Articles = Awaited<ReturnType<typeof listArticlesForExport>>[number];
const ARTICLE_COLUMNS: CsvColumn<Articles>[] = [
  { header: "id", value: (r) => r.id },
  { header: "status", value: (r) => r.status },
  { header: "title", value: (r) => r.title },
  { header: "source", value: (r) => r.source },
  { header: "url", value: (r) => r.url },
  { header: "language", value: (r) => r.language },
  { header: "published_at", value: (r) => r.publishedAt },
  { header: "published_source", value: (r) => r.publishedSource },
  { header: "date_known", value: (r) => r.dateKnown },
  { header: "submitted_at", value: (r) => r.createdAt },
  { header: "error", value: (r) => r.error },
  { header: "text", value: (r) => r.text },
];

type Events = Awaited<ReturnType<typeof listEventsForExport>>[number];
const EVENT_COLUMNS: CsvColumn<Events>[] = [
  { header: "id", value: (r) => r.id },
  { header: "type", value: (r) => r.type },
  { header: "date", value: (r) => r.date },
  { header: "date_source", value: (r) => r.dateSource },
  { header: "date_known", value: (r) => r.dateKnown },
  { header: "first_reported_at", value: (r) => r.createdAt },
  { header: "location", value: (r) => r.location },
  { header: "location_country", value: (r) => r.locationCountry },
  { header: "countries", value: (r) => r.countries },
  { header: "participants", value: (r) => r.participants },
  { header: "summary", value: (r) => r.summary },
  { header: "evidence", value: (r) => r.evidence },
  { header: "article_count", value: (r) => r.articleCount },
  { header: "article_ids", value: (r) => r.articleIds },
];

type People = Awaited<ReturnType<typeof listPeopleForExport>>[number];
const PEOPLE_COLUMNS: CsvColumn<People>[] = [
  { header: "id", value: (r) => r.id },
  { header: "name", value: (r) => r.name },
  { header: "rank", value: (r) => r.rank },
  { header: "role", value: (r) => r.role },
  { header: "country", value: (r) => r.country },
  { header: "mention_count", value: (r) => r.mentionCount },
  { header: "event_count", value: (r) => r.eventCount },
  { header: "first_event", value: (r) => r.firstEvent },
  { header: "last_event", value: (r) => r.lastEvent },
  { header: "undated_event_count", value: (r) => r.undatedEventCount },
];

/**
 * `GET /api/v1/export/<file>`: the rows behind the analysis pages as CSV (Excel-safe), JSON or
 * GraphML, filtered by the same query parameters as the pages and capped per file type.
 */
export function createExportHandlers(getDeps: () => ExportHandlerDeps) {
  const handle = handlerRunner(getDeps, (error) =>
    error instanceof EmptyQueryError ? errorResponse(400, `q: ${error.message}`, { field: "q" }) : undefined,
  );

  return {
    export: (request: Request, file: string) =>
      handle(async ({ db }) => {
        if (!(EXPORT_FILES as readonly string[]).includes(file)) {
          throw new HttpError(404, `no export named ${file}; available: ${EXPORT_FILES.join(", ")}`);
        }
        const name = file as ExportFile;
        const query = queryOf(request);
        if (name.startsWith("articles.")) {
          const filter = parseOrThrow(articleExportQuerySchema, query);
          const { rows, truncated } = capped(await listArticlesForExport(db, filter), filter.limit);
          return write(name, ARTICLE_COLUMNS, rows, filter.limit, truncated);
        }
        if (name.startsWith("events.")) {
          const filter = parseOrThrow(eventExportQuerySchema, query);
          const { rows, truncated } = capped(await listEventsForExport(db, filter), filter.limit);
          return write(name, EVENT_COLUMNS, rows, filter.limit, truncated);
        }
        if (name.startsWith("people.")) {
          const filter = parseOrThrow(peopleExportQuerySchema, query);
          const { rows, truncated } = capped(await listPeopleForExport(db, filter), filter.limit);
          return write(name, PEOPLE_COLUMNS, rows, filter.limit, truncated);
        }
        const filter = parseOrThrow(networkQuerySchema, query);
        const network = await getNetwork(db, filter);
        const graph = buildNetworkGraph(network);
        const body = toGraphml(
          graph.nodes.map((n) => ({ id: n.id, label: n.label, type: n.kind, country: n.country, activity: n.activity })),
          graph.edges.map((e) => ({ source: e.source, target: e.target, type: e.kind, weight: e.weight })),
        );
        return download(name, body, filter.limit, network.totalPersons > network.persons.length);
      }),
  };
}
