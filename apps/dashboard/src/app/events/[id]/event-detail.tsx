import type { AppRouter } from "@marsad/api";
import type { inferRouterOutputs } from "@trpc/server";
import Link from "next/link";
import { EVENT_TYPE_LABELS } from "../../../lib/analyst-labels";
import { useFormat } from "../../_components/use-format";
import { EventCorrections } from "./event-corrections";
import { ReportJoin } from "./report-join";
import { ArticleDay, EventDay } from "../../_components/event-day";
import { T } from "../../_components/t";
import { FollowButton } from "../../_components/follow-button";

type Event = inferRouterOutputs<AppRouter>["events"]["byId"];

const RELATION_LABELS = {
  first: { k: "events.item.eventDetail.firstReport" },
  rewrite: { k: "events.item.eventDetail.rewrite" },
  detail: { k: "events.item.eventDetail.addedDetail" },
} as const;

/** One event: what, when, where, who, and its coverage log (who reported it first, who rewrote it). */
export function EventDetail({ event }: { event: Event }) {
  const format = useFormat();
  const titleOf = new Map(event.coverage.map((c) => [c.articleId, c.title ?? c.source ?? c.articleId]));
  const names = new Map(event.participants.map((p) => [p.id, p.name]));
  return (
    <article data-event-id={event.id}>
      <h1 dir="auto">{event.summary}</h1>
      <CountryPairFollows countries={event.countries} />
      {event.hidden ? (
        <p className="panel muted" role="status" data-testid="event-hidden">
          <T k="events.item.eventDetail.anAnalystHidThisEvent" />
        </p>
      ) : null}
      <dl className="meta panel">
        <div>
          <dt>
            <T k="events.item.eventDetail.type" />
          </dt>
          <dd>
            <T k={EVENT_TYPE_LABELS[event.type]} />
          </dd>
        </div>
        <div>
          <dt>
            <T k="events.item.eventDetail.date" />
          </dt>
          <dd>
            <EventDay event={event} />
          </dd>
        </div>
        <div>
          <dt>
            <T k="events.item.eventDetail.location" />
          </dt>
          <dd>{event.location ? <bdi>{event.location}</bdi> : "—"}</dd>
        </div>
        <div>
          <dt>
            <T k="events.item.eventDetail.countries" />
          </dt>
          <dd>{event.countries.length ? event.countries.map(format.country).join(" – ") : "—"}</dd>
        </div>
        <div className="meta-wide">
          <dt>
            <T k="events.item.eventDetail.participants" />
          </dt>
          <dd>
            {event.participants.length ? (
              <ul className="tags" data-testid="event-participants">
                {event.participants.map((p) => (
                  <li key={p.id}>
                    <Link href={`/entities/${p.id}`} dir="auto">
                      {p.name}
                    </Link>
                    {p.country ? <span className="muted small"> · {format.country(p.country)}</span> : null}
                  </li>
                ))}
              </ul>
            ) : (
              "—"
            )}
          </dd>
        </div>
      </dl>

      <EventCorrections eventId={event.id} participants={event.participants.map((p) => ({ id: p.id, name: p.name }))} />

      <section className="panel" aria-labelledby="coverage">
        <h2 id="coverage">
          <T k="events.item.eventDetail.coverageLog" /> <span className="muted small">({event.coverage.length})</span>
        </h2>
        {event.coverage.length === 0 ? (
          <p className="muted">
            <T k="events.item.eventDetail.noLinkedArticles" />
          </p>
        ) : (
          <ol className="coverage" data-testid="coverage">
            {event.coverage.map((c) => {
              const relation = RELATION_LABELS[c.relation];
              return (
                <li key={c.articleId} className={`coverage-${c.relation}`}>
                  <div className="coverage-head">
                    <span className="tag-type">
                      <T {...relation} />
                    </span>
                    <Link href={`/articles/${c.articleId}`} dir="auto">
                      {c.title ?? c.source ?? <T k="events.item.eventDetail.untitledArticle" />}
                    </Link>
                    <span className="muted small">
                      {/* An untitled article's link already reads as its outlet. */}
                      {c.source && c.title ? <bdi>{c.source} · </bdi> : null}
                      <ArticleDay article={c} />
                    </span>
                  </div>
                  {c.evidence ? (
                    <blockquote className="evidence" dir="auto">
                      {c.evidence}
                    </blockquote>
                  ) : null}
                  <ReportJoin eventId={event.id} articleId={c.articleId} joinedBy={c.joinedBy} names={names} />
                  {c.nearDuplicateOf ? (
                    <p className="muted small">
                      <T k="events.item.eventDetail.rewrites" />{" "}
                      <Link href={`/articles/${c.nearDuplicateOf}`} dir="auto">
                        {titleOf.get(c.nearDuplicateOf) ?? c.nearDuplicateOf}
                      </Link>
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </article>
  );
}

/** "Follow" each pair of the event's states: any later event between them alerts. */
function CountryPairFollows({ countries }: { countries: string[] }) {
  const states = [...new Set(countries)].sort();
  const pairs = states.flatMap((a, i) => states.slice(i + 1).map((b) => [a, b] as [string, string]));
  const format = useFormat();
  if (pairs.length === 0) return null;
  return (
    <p className="follow-row">
      {pairs.map(([a, b]) => (
        <FollowButton
          key={`${a}-${b}`}
          name={`${format.country(a)} – ${format.country(b)}`}
          rule={{ kind: "country-pair", countries: [a, b] }}
          label={{ k: "events.item.eventDetail.followPair", values: { a: { country: a }, b: { country: b } } }}
        />
      ))}
    </p>
  );
}
