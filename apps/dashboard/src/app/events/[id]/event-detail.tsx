import type { AppRouter } from "@marsad/api";
import type { inferRouterOutputs } from "@trpc/server";
import Link from "next/link";
import { countryName, EVENT_TYPE_LABELS } from "../../../lib/analyst-labels";
import { EventCorrections } from "./event-corrections";
import { ReportJoin } from "./report-join";
import { ArticleDay, EventDay } from "../../_components/event-day";
import { T } from "../../_components/t";
import { FollowButton } from "../../_components/follow-button";

type Event = inferRouterOutputs<AppRouter>["events"]["byId"];

const RELATION_LABELS = {
  first: { ar: "أول تغطية", en: "first report" },
  rewrite: { ar: "إعادة صياغة", en: "rewrite" },
  detail: { ar: "تفاصيل إضافية", en: "added detail" },
} as const;

/** One event: what, when, where, who, and its coverage log (who reported it first, who rewrote it). */
export function EventDetail({ event }: { event: Event }) {
  const type = EVENT_TYPE_LABELS[event.type];
  const titleOf = new Map(event.coverage.map((c) => [c.articleId, c.title ?? c.source ?? c.articleId]));
  const names = new Map(event.participants.map((p) => [p.id, p.name]));
  return (
    <article data-event-id={event.id}>
      <h1 dir="auto">{event.summary}</h1>
      <CountryPairFollows countries={event.countries} />
      {event.hidden ? (
        <p className="panel muted" role="status" data-testid="event-hidden">
          <T ar="أخفى محلل هذا الحدث؛ لا يظهر في القوائم" en="An analyst hid this event; lists leave it out." />
        </p>
      ) : null}
      <dl className="meta panel">
        <div>
          <dt>
            <T ar="النوع" en="Type" />
          </dt>
          <dd>
            <T ar={type.ar} en={type.en} />
          </dd>
        </div>
        <div>
          <dt>
            <T ar="التاريخ" en="Date" />
          </dt>
          <dd>
            <EventDay event={event} />
          </dd>
        </div>
        <div>
          <dt>
            <T ar="المكان" en="Location" />
          </dt>
          <dd dir="auto">{event.location ?? "—"}</dd>
        </div>
        <div>
          <dt>
            <T ar="الدول" en="Countries" />
          </dt>
          <dd>{event.countries.length ? event.countries.map(countryName).join(" – ") : "—"}</dd>
        </div>
        <div className="meta-wide">
          <dt>
            <T ar="المشاركون" en="Participants" />
          </dt>
          <dd>
            {event.participants.length ? (
              <ul className="tags" data-testid="event-participants">
                {event.participants.map((p) => (
                  <li key={p.id}>
                    <Link href={`/entities/${p.id}`} dir="auto">
                      {p.name}
                    </Link>
                    {p.country ? <span className="muted small"> · {countryName(p.country)}</span> : null}
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
          <T ar="سجل التغطية" en="Coverage log" /> <span className="muted small">({event.coverage.length})</span>
        </h2>
        {event.coverage.length === 0 ? (
          <p className="muted">
            <T ar="لا مقالات مرتبطة" en="No linked articles." />
          </p>
        ) : (
          <ol className="coverage" data-testid="coverage">
            {event.coverage.map((c) => {
              const relation = RELATION_LABELS[c.relation];
              return (
                <li key={c.articleId} className={`coverage-${c.relation}`}>
                  <div className="coverage-head">
                    <span className="tag-type">
                      <T ar={relation.ar} en={relation.en} />
                    </span>
                    <Link href={`/articles/${c.articleId}`} dir="auto">
                      {c.title ?? c.source ?? "مقال بلا عنوان · Untitled article"}
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
                      <T ar="يعيد صياغة" en="rewrites" />{" "}
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
  if (pairs.length === 0) return null;
  return (
    <p className="follow-row">
      {pairs.map(([a, b]) => (
        <FollowButton
          key={`${a}-${b}`}
          name={`${countryName(a)} – ${countryName(b)}`}
          rule={{ kind: "country-pair", countries: [a, b] }}
          label={{ ar: `متابعة ${countryName(a)} – ${countryName(b)}`, en: `Follow ${a}–${b}` }}
        />
      ))}
    </p>
  );
}
