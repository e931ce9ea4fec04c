import type { EventType } from "@marsad/schema/tables";
import Link from "next/link";
import { EVENT_TYPE_LABELS } from "../../lib/analyst-labels";
import { EventDay, type KnownDay } from "./event-day";
import { T } from "./t";
import { useFormat } from "./use-format";

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
  const format = useFormat();
  return (
    <li className="event-card panel" data-event-id={event.id}>
      <div className="event-head">
        <span className="tag-type">
          <T k={EVENT_TYPE_LABELS[event.type]} />
        </span>
        <Link href={`/events/${event.id}`} className="event-date">
          <EventDay event={event} />
        </Link>
        {event.location ? (
          <span className="event-location">
            <span className="muted small">
              <T k="common.eventCard.place" />:
            </span>{" "}
            <bdi>{event.location}</bdi>
          </span>
        ) : null}
        {event.countries.length ? (
          <span className="muted small">{event.countries.map(format.country).join(" – ")}</span>
        ) : null}
      </div>
      <p className="event-summary" dir="auto">
        <Link href={`/events/${event.id}`}>{event.summary}</Link>
      </p>
      {event.participants?.length ? (
        <p className="event-people">
          <span className="muted small">
            <T k="common.eventCard.participants" />:{" "}
          </span>
          {event.participants.map((p, i) => (
            <span key={p.id}>
              {i > 0 ? format.comma : null}
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
            <T k="common.eventCard.reports" />:{" "}
          </span>
          {event.articles.map((a, i) => (
            <span key={a.id}>
              {i > 0 ? format.comma : null}
              <Link href={`/articles/${a.id}`} dir="auto">
                {a.title ?? a.source ?? <T k="common.eventCard.article" />}
              </Link>
            </span>
          ))}
        </p>
      ) : null}
    </li>
  );
}
