import type { EventType } from "@marsad/schema/tables";
import Link from "next/link";
import { countryName, EVENT_TYPE_LABELS } from "../../lib/analyst-labels";
import { EventDay, type KnownDay } from "./event-day";
import { T } from "./t";

export interface EventCardData extends KnownDay {
  id: string;
  type: EventType;
  location: string | null;
  countries: string[];
  summary: string;
  participants?: { id: string; name: string }[];
  articles?: { id: string; title: string | null; source: string | null; publishedAt: string | null }[];
}

/** One event as a list item: type, day, place, states, who took part, summary, the reports. */
export function EventCard({ event }: { event: EventCardData }) {
  const type = EVENT_TYPE_LABELS[event.type];
  return (
    <li className="event-card panel" data-event-id={event.id}>
      <div className="event-head">
        <span className="tag-type">
          <T ar={type.ar} en={type.en} />
        </span>
        <Link href={`/events/${event.id}`} className="event-date">
          <EventDay event={event} />
        </Link>
        {event.location ? (
          <span className="event-location">
            <span className="muted small">
              <T ar="المكان" en="Place" />:
            </span>{" "}
            <bdi>{event.location}</bdi>
          </span>
        ) : null}
        {event.countries.length ? (
          <span className="muted small">{event.countries.map(countryName).join(" – ")}</span>
        ) : null}
      </div>
      <p className="event-summary" dir="auto">
        <Link href={`/events/${event.id}`}>{event.summary}</Link>
      </p>
      {event.participants?.length ? (
        <p className="event-people">
          <span className="muted small">
            <T ar="المشاركون" en="Participants" />:{" "}
          </span>
          {event.participants.map((p, i) => (
            <span key={p.id}>
              {i > 0 ? "، " : null}
              <Link href={`/entities/${p.id}`} dir="auto">
                {p.name}
              </Link>
            </span>
          ))}
        </p>
      ) : null}
      {event.articles?.length ? (
        <p className="event-sources small">
          <span className="muted">
            <T ar="المصادر" en="Reports" />:{" "}
          </span>
          {event.articles.map((a, i) => (
            <span key={a.id}>
              {i > 0 ? "، " : null}
              <Link href={`/articles/${a.id}`} dir="auto">
                {a.title ?? a.source ?? "مقال · Article"}
              </Link>
            </span>
          ))}
        </p>
      ) : null}
    </li>
  );
}
