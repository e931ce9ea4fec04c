import { T } from "./t";

/** The date facts of an event or article a view needs to place it in time. */
export interface KnownDay {
  date: string | null;
  dateSource?: "text" | "publication" | null | undefined;
  /** When it was first reported here: only a hint for an undated item. */
  createdAt?: Date | string | null | undefined;
}

const isoDay = (t: Date | string) => new Date(t).toISOString().slice(0, 10);

/**
 * An event's day as the store knows it: the date (marked when it is its article's publication
 * date rather than the text's), or "undated" with the day it arrived as a hint — never the
 * arrival day shown as if it were the date.
 */
export function EventDay({ event }: { event: KnownDay }) {
  if (event.date) {
    return (
      <>
        <bdi dir="ltr">{event.date}</bdi>
        {event.dateSource === "publication" ? (
          <span className="muted small">
            {" "}
            (<T k="common.eventDay.publicationDate" />)
          </span>
        ) : null}
      </>
    );
  }
  return (
    <span className="undated" data-undated="true">
      <T k="common.eventDay.undated" />
      {event.createdAt ? (
        <span className="muted small">
          {" "}
          (<T k="common.eventDay.arrived" /> <bdi dir="ltr">{isoDay(event.createdAt)}</bdi>)
        </span>
      ) : null}
    </span>
  );
}

/** An article's publication date, or "undated" with the day it arrived as a hint. */
export function ArticleDay({ article }: { article: { publishedAt: string | null; createdAt: Date | string } }) {
  return <EventDay event={{ date: article.publishedAt, createdAt: article.createdAt }} />;
}
