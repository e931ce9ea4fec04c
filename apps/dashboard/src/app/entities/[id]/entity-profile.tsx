"use client";

import type { AppRouter } from "@marsad/api";
import { useQuery } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import Link from "next/link";
import { ENTITY_TYPE_LABELS } from "../../../lib/analyst-labels";
import { useFormat } from "../../_components/use-format";
import { useTRPC } from "../../../trpc/react";
import { EventCard } from "../../_components/event-card";
import { ArticleDay } from "../../_components/event-day";
import { CareerTable } from "./career-table";
import { MentionsChart } from "./mentions-chart";
import { MergePanel } from "./merge-panel";
import { SplitPanel } from "./split-panel";
import { TitleCorrection } from "./title-correction";
import { T } from "../../_components/t";
import { FollowButton } from "../../_components/follow-button";
import { FollowEventType } from "./follow-event-type";
import { useCan } from "../../_components/use-can";

type Profile = inferRouterOutputs<AppRouter>["entities"]["byId"];

/** Everything known about one entity, and the analyst's corrections (merge, split). */
export function EntityProfile({ initial }: { initial: Profile }) {
  const canCorrect = useCan("correct");
  const trpc = useTRPC();
  const query = useQuery(
    trpc.entities.byId.queryOptions({ id: initial.entity.id }, { initialData: initial }),
  );
  const { entity, aliases, titles, undatedTitles, events, coParticipants, articles } = query.data;
  const format = useFormat();

  return (
    <article className="profile" data-entity-id={entity.id}>
      <h1 dir="auto">{entity.canonicalName}</h1>
      <p className="follow-row">
        <FollowButton name={entity.canonicalName} rule={{ kind: "entity", entityId: entity.id, scope: "events" }} />{" "}
        <FollowButton
          name={entity.canonicalName}
          rule={{ kind: "entity", entityId: entity.id, scope: "mentions" }}
          label={{ k: "entities.item.entityProfile.followEveryMention" }}
        />
        {entity.type === "person" ? (
          <>
            {" "}
            <FollowEventType personId={entity.id} name={entity.canonicalName} />
          </>
        ) : null}
      </p>
      {entity.mergedInto ? (
        <p className="panel notice" role="note">
          <T k="entities.item.entityProfile.thisEntityWasMergedInto" />{" "}
          <Link href={`/entities/${entity.mergedInto}`}>
            <T k="entities.item.entityProfile.currentProfile" />
          </Link>
        </p>
      ) : null}
      <dl className="meta panel">
        <div>
          <dt>
            <T k="entities.item.entityProfile.type" />
          </dt>
          <dd>
            <T k={ENTITY_TYPE_LABELS[entity.type]} />
          </dd>
        </div>
        <div>
          <dt>
            <T k="entities.item.entityProfile.country" />
          </dt>
          <dd>{entity.country ? format.country(entity.country) : "—"}</dd>
        </div>
        <div>
          <dt>
            <T k="entities.item.entityProfile.mentions" />
          </dt>
          <dd>{entity.mentionCount}</dd>
        </div>
        <div className="meta-wide">
          <dt>
            <T k="entities.item.entityProfile.aliases" />
          </dt>
          <dd>
            <ul className="tags" data-testid="aliases">
              {aliases.map((a) => (
                <li key={a.alias} dir="auto">
                  {a.alias}
                  {a.origin === "analyst" ? <span className="muted small"> (<T k="entities.item.entityProfile.analyst" />)</span> : null}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>

      <CareerTable titles={titles} undatedTitles={undatedTitles} />

      <MentionsChart entityId={entity.id} />

      <section aria-labelledby="events">
        <h2 id="events">
          <T k="entities.item.entityProfile.events2" /> <span className="muted small">({events.length})</span>
        </h2>
        {events.length ? (
          <ul className="event-list" data-testid="profile-events">
            {events.map((e) => (
              <EventCard key={e.id} event={e} />
            ))}
          </ul>
        ) : (
          <p className="panel empty">
            <T k="entities.item.entityProfile.noRecordedEvents" />
          </p>
        )}
      </section>

      <section className="panel" aria-labelledby="met">
        <h2 id="met">
          <T k="entities.item.entityProfile.metWith" />
        </h2>
        {coParticipants.length ? (
          <ul className="co-list" data-testid="co-participants">
            {coParticipants.map((c) => (
              <li key={c.id}>
                <Link href={`/entities/${c.id}`} dir="auto">
                  {c.name}
                </Link>
                {c.country ? <span className="muted small"> · {format.country(c.country)}</span> : null}
                <span className="count muted small">
                  <T k="entities.item.entityProfile.eventCount" values={{ count: c.events }} />
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">
            <T k="entities.item.entityProfile.nobodyElseTookPartIn" />
          </p>
        )}
      </section>

      <section className="panel" aria-labelledby="articles">
        <h2 id="articles">
          <T k="entities.item.entityProfile.articles" /> <span className="muted small">({articles.length})</span>
        </h2>
        {articles.length ? (
          <ul className="plain-list" data-testid="profile-articles">
            {articles.map((a) => (
              <li key={a.id}>
                <Link href={`/articles/${a.id}`} dir="auto">
                  {a.title ?? a.source ?? <T k="events.item.eventDetail.untitledArticle" />}
                </Link>
                <span className="muted small">
                  {" "}
                  · <ArticleDay article={a} />
                  {a.source && a.title ? (
                    <>
                      {" "}
                      · <bdi>{a.source}</bdi>
                    </>
                  ) : null}
                  {a.rank || a.role ? (
                    <>
                      {" "}
                      · <bdi>{format.list([a.rank, a.role].filter((x): x is string => Boolean(x)))}</bdi>
                    </>
                  ) : null}
                </span>
                {canCorrect && entity.type === "person" && !entity.mergedInto ? (
                  <div>
                    <TitleCorrection articleId={a.id} entityId={entity.id} rank={a.rank} role={a.role} />
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">
            <T k="entities.item.entityProfile.noArticles" />
          </p>
        )}
      </section>

      {entity.mergedInto || !canCorrect ? null : (
        <section className="panel corrections" aria-labelledby="corrections">
          <h2 id="corrections">
            <T k="entities.item.entityProfile.analystCorrections" />
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
