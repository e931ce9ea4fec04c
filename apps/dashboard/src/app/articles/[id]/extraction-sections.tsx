import Link from "next/link";
import { isEmptyExtraction, readExtraction, type NamedView } from "./read-extraction";
import { eventTypeSchema } from "@marsad/schema";
import type { Topic } from "@marsad/schema/zod";
import type { MessageKey } from "../../../i18n/message-key";
import { EVENT_TYPE_LABELS, TOPIC_LABELS } from "../../../lib/analyst-labels";
import { T, useText } from "../../_components/t";
import { useFormat } from "../../_components/use-format";

/**
 * What the extractor found in the article, as plain tables and lists; every value is text. A
 * person whose entity is known (`profiles`: name in the article or canonical name → entity id)
 * links to the profile.
 */
export function ExtractionSections({ document, profiles }: { document: unknown; profiles?: ReadonlyMap<string, string> }) {
  const view = readExtraction(document);
  const format = useFormat();
  const say = useText();
  if (!view || isEmptyExtraction(view)) return null;
  return (
    <section className="panel extraction" data-testid="extraction">
      <h2>
        <T k="articles.item.extractionSections.extracted" />
      </h2>
      {view.summary ? (
        <p className="summary" dir="auto">
          {view.summary}
        </p>
      ) : null}

      {view.persons.length ? (
        <>
          <h3>
            <T k="articles.item.extractionSections.persons" />
          </h3>
          <table tabIndex={0}>
            <thead>
              <tr>
                <th>
                  <T k="articles.item.extractionSections.name" />
                </th>
                <th>
                  <T k="articles.item.extractionSections.rank" />
                </th>
                <th>
                  <T k="articles.item.extractionSections.role" />
                </th>
                <th>
                  <T k="articles.item.extractionSections.country" />
                </th>
              </tr>
            </thead>
            <tbody>
              {view.persons.map((p, i) => (
                <tr key={`${p.name}-${i}`}>
                  <td dir="auto">
                    {profiles?.get(p.name) ? (
                      <Link href={`/entities/${profiles.get(p.name)}`} data-testid="person-profile-link">
                        {p.name}
                      </Link>
                    ) : (
                      p.name
                    )}
                  </td>
                  <td dir="auto">{p.rank ?? "—"}</td>
                  <td dir="auto">{p.role ?? "—"}</td>
                  <td>{p.country ? <StoredValue value={p.country} /> : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}

      {view.organizations.length ? (
        <>
          <h3>
            <T k="articles.item.extractionSections.organizations" />
          </h3>
          <NamedList items={view.organizations} />
        </>
      ) : null}

      {view.locations.length ? (
        <>
          <h3>
            <T k="articles.item.extractionSections.locations" />
          </h3>
          <NamedList items={view.locations} />
        </>
      ) : null}

      {view.events.length ? (
        <>
          <h3>
            <T k="articles.item.extractionSections.events" />
          </h3>
          <table tabIndex={0} className="stacked-on-phone">
            <thead>
              <tr>
                <th>
                  <T k="articles.item.extractionSections.type" />
                </th>
                <th>
                  <T k="articles.item.extractionSections.participants" />
                </th>
                <th>
                  <T k="articles.item.extractionSections.date" />
                </th>
                <th>
                  <T k="articles.item.extractionSections.location" />
                </th>
                <th>
                  <T k="articles.item.extractionSections.summary" />
                </th>
              </tr>
            </thead>
            <tbody>
              {view.events.map((e, i) => (
                <tr key={i}>
                  <td data-label={say("articles.item.extractionSections.type")}>{e.type ? <EventTypeName type={e.type} /> : "—"}</td>
                  <td data-label={say("articles.item.extractionSections.participants")}>
                    <bdi>{e.participants.length ? format.list(e.participants) : "—"}</bdi>
                  </td>
                  <td data-label={say("articles.item.extractionSections.date")}>{e.date ? <bdi dir="ltr">{e.date}</bdi> : "—"}</td>
                  <td data-label={say("articles.item.extractionSections.location")}>
                    <bdi>{e.location ?? "—"}</bdi>
                  </td>
                  <td data-label={say("articles.item.extractionSections.summary")} className="cell-prose">
                    <bdi>{e.summary ?? "—"}</bdi>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}

      {view.topics.length ? (
        <>
          <h3>
            <T k="articles.item.extractionSections.topics" />
          </h3>
          <Tags values={view.topics} />
        </>
      ) : null}
      {view.keywords.length ? (
        <>
          <h3>
            <T k="articles.item.extractionSections.keywords" />
          </h3>
          <Tags values={view.keywords} />
        </>
      ) : null}
    </section>
  );
}

function NamedList({ items }: { items: NamedView[] }) {
  return (
    <ul className="named-list">
      {items.map((item, i) => (
        <li key={`${item.name}-${i}`}>
          <bdi>{item.name}</bdi>
          {item.details.length ? (
            <span className="muted">
              {" "}
              (
              {item.details.map((detail, j) => (
                <span key={detail}>
                  {j > 0 ? " · " : null}
                  <StoredValue value={detail} />
                </span>
              ))}
              )
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

const PLACE_KINDS: Record<string, MessageKey> = {
  country: "enums.placeKind.country",
  city: "enums.placeKind.city",
  region: "enums.placeKind.region",
  site: "enums.placeKind.site",
};

/**
 * A value the extractor stored in its own vocabulary, in the interface's language: a place kind
 * from the catalogue, an ISO state code by the state's name; anything else is data, as stored.
 */
function StoredValue({ value }: { value: string }) {
  const format = useFormat();
  const kind = PLACE_KINDS[value];
  if (kind) return <T k={kind} />;
  if (/^[A-Z]{2}$/.test(value)) return <>{format.country(value)}</>;
  return <bdi>{value}</bdi>;
}

function Tags({ values }: { values: string[] }) {
  return (
    <ul className="tags">
      {values.map((v, i) => (
        <li key={`${v}-${i}`}>{v in TOPIC_LABELS ? <T k={TOPIC_LABELS[v as Topic]} /> : <bdi>{v}</bdi>}</li>
      ))}
    </ul>
  );
}

/** A stored event type by its catalogue name; one this version does not know, as stored. */
function EventTypeName({ type }: { type: string }) {
  const known = eventTypeSchema.safeParse(type);
  return known.success ? <T k={EVENT_TYPE_LABELS[known.data]} /> : <bdi>{type}</bdi>;
}
