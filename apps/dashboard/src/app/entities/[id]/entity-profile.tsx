"use client";

import type { AppRouter } from "@marsad/api";
import { useQuery } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import Link from "next/link";
import { countryName, ENTITY_TYPE_LABELS } from "../../../lib/analyst-labels";
import { useTRPC } from "../../../trpc/react";
import { En } from "../../_components/en";
import { EventCard } from "../../_components/event-card";
import { MentionsChart } from "./mentions-chart";
import { MergePanel } from "./merge-panel";
import { SplitPanel } from "./split-panel";
import { TitleCorrection } from "./title-correction";

type Profile = inferRouterOutputs<AppRouter>["entities"]["byId"];

/** Everything known about one entity, and the analyst's corrections (merge, split). */
export function EntityProfile({ initial }: { initial: Profile }) {
  const trpc = useTRPC();
  const query = useQuery(
    trpc.entities.byId.queryOptions({ id: initial.entity.id }, { initialData: initial }),
  );
  const { entity, aliases, titles, events, coParticipants, articles } = query.data;
  const type = ENTITY_TYPE_LABELS[entity.type];

  return (
    <article className="profile" data-entity-id={entity.id}>
      <h1 dir="auto">{entity.canonicalName}</h1>
      {entity.mergedInto ? (
        <p className="panel notice" role="note">
          دُمج هذا الكيان في كيان آخر · <En>This entity was merged into another:</En>{" "}
          <Link href={`/entities/${entity.mergedInto}`}>
            الملف الحالي · <En>current profile</En>
          </Link>
        </p>
      ) : null}
      <dl className="meta panel">
        <div>
          <dt>
            النوع · <En>Type</En>
          </dt>
          <dd>
            {type.ar} · <En>{type.en}</En>
          </dd>
        </div>
        <div>
          <dt>
            الدولة · <En>Country</En>
          </dt>
          <dd>{entity.country ? `${countryName(entity.country)} (${entity.country})` : "—"}</dd>
        </div>
        <div>
          <dt>
            الإشارات · <En>Mentions</En>
          </dt>
          <dd>{entity.mentionCount}</dd>
        </div>
        <div className="meta-wide">
          <dt>
            الأسماء الأخرى · <En>Aliases</En>
          </dt>
          <dd>
            <ul className="tags" data-testid="aliases">
              {aliases.map((a) => (
                <li key={a.alias} dir="auto">
                  {a.alias}
                  {a.origin === "analyst" ? <span className="muted small"> (محلل · analyst)</span> : null}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>

      {titles.length ? (
        <section className="panel" aria-labelledby="titles">
          <h2 id="titles">
            الرتب والمناصب عبر الزمن · <En>Ranks and roles over time</En>
          </h2>
          <table className="data-table" data-testid="titles">
            <thead>
              <tr>
                <th scope="col">
                  الرتبة · <En>Rank</En>
                </th>
                <th scope="col">
                  المنصب · <En>Role</En>
                </th>
                <th scope="col">
                  أول ظهور · <En>First seen</En>
                </th>
                <th scope="col">
                  آخر ظهور · <En>Last seen</En>
                </th>
                <th scope="col" className="num">
                  المقالات · <En>Articles</En>
                </th>
              </tr>
            </thead>
            <tbody>
              {titles.map((t, i) => (
                <tr key={`${t.rank}-${t.role}-${i}`}>
                  <td dir="auto">{t.rank ?? "—"}</td>
                  <td dir="auto">{t.role ?? "—"}</td>
                  <td>
                    <bdi dir="ltr">{t.firstSeen}</bdi>
                  </td>
                  <td>
                    <bdi dir="ltr">{t.lastSeen}</bdi>
                  </td>
                  <td className="num">{new Set(t.articleIds).size}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      <MentionsChart entityId={entity.id} />

      <section aria-labelledby="events">
        <h2 id="events">
          الأحداث · <En>Events</En> <span className="muted small">({events.length})</span>
        </h2>
        {events.length ? (
          <ul className="event-list" data-testid="profile-events">
            {events.map((e) => (
              <EventCard key={e.id} event={e} />
            ))}
          </ul>
        ) : (
          <p className="panel empty">
            لا أحداث مسجلة · <En>No recorded events.</En>
          </p>
        )}
      </section>

      <section className="panel" aria-labelledby="met">
        <h2 id="met">
          من التقى بهم · <En>Met with</En>
        </h2>
        {coParticipants.length ? (
          <ul className="co-list" data-testid="co-participants">
            {coParticipants.map((c) => (
              <li key={c.id}>
                <Link href={`/entities/${c.id}`} dir="auto">
                  {c.name}
                </Link>
                {c.country ? <span className="muted small"> · {countryName(c.country)}</span> : null}
                <span className="count">
                  <bdi>{c.events}</bdi>{" "}
                  <span className="muted small">
                    حدث · <En>events</En>
                  </span>
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">
            لا مشاركين آخرين · <En>Nobody else took part in their events.</En>
          </p>
        )}
      </section>

      <section className="panel" aria-labelledby="articles">
        <h2 id="articles">
          المقالات · <En>Articles</En> <span className="muted small">({articles.length})</span>
        </h2>
        {articles.length ? (
          <ul className="plain-list" data-testid="profile-articles">
            {articles.map((a) => (
              <li key={a.id}>
                <Link href={`/articles/${a.id}`} dir="auto">
                  {a.title ?? a.source ?? "مقال بلا عنوان · Untitled article"}
                </Link>
                <span className="muted small">
                  {" "}
                  · <bdi dir="ltr">{a.publishedAt ?? a.createdAt.toISOString().slice(0, 10)}</bdi>
                  {a.source && a.title ? (
                    <>
                      {" "}
                      · <bdi>{a.source}</bdi>
                    </>
                  ) : null}
                  {a.rank || a.role ? (
                    <>
                      {" "}
                      · <bdi>{[a.rank, a.role].filter(Boolean).join("، ")}</bdi>
                    </>
                  ) : null}
                </span>
                {entity.type === "person" && !entity.mergedInto ? (
                  <div>
                    <TitleCorrection articleId={a.id} entityId={entity.id} rank={a.rank} role={a.role} />
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">
            لا مقالات · <En>No articles.</En>
          </p>
        )}
      </section>

      {entity.mergedInto ? null : (
        <section className="panel corrections" aria-labelledby="corrections">
          <h2 id="corrections">
            تصحيحات المحلل · <En>Analyst corrections</En>
          </h2>
          <MergePanel entity={entity} onDone={() => void query.refetch()} />
          <SplitPanel
            entity={entity}
            aliases={aliases.map((a) => a.alias)}
            onDone={() => void query.refetch()}
          />
        </section>
      )}
    </article>
  );
}
