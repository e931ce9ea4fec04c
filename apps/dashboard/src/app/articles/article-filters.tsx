"use client";

import { useQuery } from "@tanstack/react-query";
import { usePathname, useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { EVENT_TYPE_LABELS, TOPIC_LABELS } from "../../lib/analyst-labels";
import type { MessageKey } from "../../i18n/message-key";
import { STATUS_LABELS } from "../../lib/labels";
import { useTRPC } from "../../trpc/react";
import { DateField } from "../_components/date-field";
import { EntityPicker } from "../_components/entity-picker";
import { useFormat } from "../_components/use-format";
import { FILTER_KEYS, type ArticleFilterValues } from "./filter-values";
import { T, useText } from "../_components/t";


/**
 * Search box and filters of the article list. They live in the URL, so a filtered list can be
 * bookmarked and shared, and the export links carry the same filters.
 */
export function ArticleFilters({ values, personName }: { values: ArticleFilterValues; personName: string | null }) {
  const router = useRouter();
  const pathname = usePathname();
  const trpc = useTRPC();
  const say = useText();
  const format = useFormat();
  const [draft, setDraft] = useState(values);
  const [pickedName, setPickedName] = useState<string | null>(null);
  const countries = useQuery(trpc.entities.list.queryOptions({ type: "country", limit: 100 }));

  function apply(next: ArticleFilterValues) {
    const query = new URLSearchParams();
    for (const key of FILTER_KEYS) if (next[key].trim() && !(key === "sort" && (next[key] === "relevance" || (next[key] === "newest" && !next.q.trim())))) query.set(key, next[key].trim());
    const qs = query.toString();
    router.push(qs ? `${pathname}?${qs}` : pathname);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    apply(draft);
  }

  const set = (key: keyof ArticleFilterValues) => (event: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: event.target.value }));

  return (
    <form className="panel article-filters" onSubmit={onSubmit} role="search" aria-label={say("articles.articleFilters.filterArticles")}>
      <div className="field filters-q">
        <label htmlFor="filter-q">
          <T k="articles.articleFilters.searchTheText" sep="/" />
        </label>
        <input id="filter-q" type="search" dir="auto" value={draft.q} onChange={set("q")} placeholder={say("articles.articleFilters.searchExample")} />
      </div>
      <div className="filters-grid">
        <LabelledSelect id="filter-status" label="articles.articleFilters.status" value={draft.status} onChange={set("status")} options={STATUS_LABELS} say={say} />
        <div className="field">
          <label htmlFor="filter-source">
            <T k="articles.articleFilters.source" sep="/" />
          </label>
          <input id="filter-source" dir="auto" value={draft.source} onChange={set("source")} />
        </div>
        <div className="field">
          <label htmlFor="filter-country">
            <T k="articles.articleFilters.country" sep="/" />
          </label>
          <select id="filter-country" value={draft.country} onChange={set("country")}>
            <option value="">{say("articles.articleFilters.all")}</option>
            {(countries.data ?? [])
              .filter((c) => c.country)
              .map((c) => (
                <option key={c.id} value={c.country!}>
                  {format.country(c.country!)}
                </option>
              ))}
          </select>
        </div>
        <LabelledSelect id="filter-event" label="articles.articleFilters.eventType" value={draft.eventType} onChange={set("eventType")} options={EVENT_TYPE_LABELS} say={say} />
        <LabelledSelect id="filter-topic" label="articles.articleFilters.topic" value={draft.topic} onChange={set("topic")} options={TOPIC_LABELS} say={say} />
        <DateField id="filter-from" label={{ k: "articles.articleFilters.from" }} value={draft.from} onChange={(from) => setDraft((d) => ({ ...d, from }))} />
        <DateField id="filter-to" label={{ k: "articles.articleFilters.to" }} value={draft.to} min={draft.from || undefined} onChange={(to) => setDraft((d) => ({ ...d, to }))} />
        <div className="field">
          <label htmlFor="filter-sort">
            <T k="articles.articleFilters.sort" sep="/" />
          </label>
          <select id="filter-sort" value={draft.sort || (draft.q.trim() ? "relevance" : "newest")} onChange={set("sort")}>
            {draft.q.trim() ? <option value="relevance">{say("articles.articleFilters.bestMatch")}</option> : null}
            <option value="newest">{say("articles.articleFilters.newestFirst")}</option>
            <option value="oldest">{say("articles.articleFilters.oldestFirst")}</option>
          </select>
        </div>
      </div>
      <div className="filters-person">
        {draft.personId ? (
          <p>
            <T k="articles.articleFilters.mentions" />: <strong dir="auto">{pickedName ?? personName ?? draft.personId}</strong>{" "}
            <button type="button" className="link-button" onClick={() => setDraft((d) => ({ ...d, personId: "" }))}>
              <T k="articles.articleFilters.remove" />
            </button>
          </p>
        ) : (
          <EntityPicker
            type="person"
            label={{ k: "articles.articleFilters.mentionsPerson" }}
            onPick={(person) => {
              setPickedName(person.name);
              setDraft((d) => ({ ...d, personId: person.id }));
            }}
          />
        )}
      </div>
      <div className="actions">
        <button type="submit">
          <T k="articles.articleFilters.apply" />
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            const cleared = Object.fromEntries(FILTER_KEYS.map((k) => [k, ""])) as unknown as ArticleFilterValues;
            setDraft(cleared);
            apply(cleared);
          }}
        >
          <T k="articles.articleFilters.clear" />
        </button>
      </div>
    </form>
  );
}

/** A filter chosen from a fixed set of labelled values, "all" first. */
function LabelledSelect(props: {
  id: string;
  label: MessageKey;
  value: string;
  onChange: (event: { target: { value: string } }) => void;
  options: Record<string, MessageKey>;
  say: ReturnType<typeof useText>;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>
        <T k={props.label} sep="/" />
      </label>
      <select id={props.id} value={props.value} onChange={props.onChange}>
        <option value="">{props.say("articles.articleFilters.all")}</option>
        {Object.entries(props.options).map(([value, label]) => (
          <option key={value} value={value}>
            {props.say(label)}
          </option>
        ))}
      </select>
    </div>
  );
}
