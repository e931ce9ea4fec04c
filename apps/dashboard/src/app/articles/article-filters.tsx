"use client";

import { useQuery } from "@tanstack/react-query";
import { usePathname, useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { countryName, EVENT_TYPE_LABELS, TOPIC_LABELS } from "../../lib/analyst-labels";
import { STATUS_LABELS } from "../../lib/labels";
import { useTRPC } from "../../trpc/react";
import { EntityPicker } from "../_components/entity-picker";
import { textLabel } from "../../lib/ui-language";
import { useUiLanguage } from "../_components/ui-language";
import { FILTER_KEYS, type ArticleFilterValues } from "./filter-values";
import { T } from "../_components/t";


/**
 * Search box and filters of the article list. They live in the URL, so a filtered list can be
 * bookmarked and shared, and the export links carry the same filters.
 */
export function ArticleFilters({ values, personName }: { values: ArticleFilterValues; personName: string | null }) {
  const router = useRouter();
  const pathname = usePathname();
  const trpc = useTRPC();
  const ui = useUiLanguage();
  const say = (ar: string, en: string) => textLabel(ui, ar, en);
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
    <form className="panel article-filters" onSubmit={onSubmit} role="search" aria-label="تصفية المقالات · Filter articles">
      <div className="field filters-q">
        <label htmlFor="filter-q">
          <T ar="بحث في النص" en="Search the text" sep="/" />
        </label>
        <input id="filter-q" type="search" dir="auto" value={draft.q} onChange={set("q")} placeholder="الجيش، وزير الدفاع…" />
      </div>
      <div className="filters-grid">
        <LabelledSelect id="filter-status" ar="الحالة" en="Status" value={draft.status} onChange={set("status")} options={STATUS_LABELS} say={say} />
        <div className="field">
          <label htmlFor="filter-source">
            <T ar="المصدر" en="Source" sep="/" />
          </label>
          <input id="filter-source" dir="auto" value={draft.source} onChange={set("source")} />
        </div>
        <div className="field">
          <label htmlFor="filter-country">
            <T ar="الدولة" en="Country" sep="/" />
          </label>
          <select id="filter-country" value={draft.country} onChange={set("country")}>
            <option value="">{say("الكل", "all")}</option>
            {(countries.data ?? [])
              .filter((c) => c.country)
              .map((c) => (
                <option key={c.id} value={c.country!}>
                  {countryName(c.country!)} ({c.country})
                </option>
              ))}
          </select>
        </div>
        <LabelledSelect id="filter-event" ar="نوع الحدث" en="Event type" value={draft.eventType} onChange={set("eventType")} options={EVENT_TYPE_LABELS} say={say} />
        <LabelledSelect id="filter-topic" ar="الموضوع" en="Topic" value={draft.topic} onChange={set("topic")} options={TOPIC_LABELS} say={say} />
        <div className="field">
          <label htmlFor="filter-from">
            <T ar="من" en="From" sep="/" />
          </label>
          <input id="filter-from" type="date" value={draft.from} onChange={set("from")} />
        </div>
        <div className="field">
          <label htmlFor="filter-to">
            <T ar="إلى" en="To" sep="/" />
          </label>
          <input id="filter-to" type="date" value={draft.to} onChange={set("to")} />
        </div>
        <div className="field">
          <label htmlFor="filter-sort">
            <T ar="الترتيب" en="Sort" sep="/" />
          </label>
          <select id="filter-sort" value={draft.sort || (draft.q.trim() ? "relevance" : "newest")} onChange={set("sort")}>
            {draft.q.trim() ? <option value="relevance">{say("الأقرب للبحث", "best match")}</option> : null}
            <option value="newest">{say("الأحدث أولاً", "newest first")}</option>
            <option value="oldest">{say("الأقدم أولاً", "oldest first")}</option>
          </select>
        </div>
      </div>
      <div className="filters-person">
        {draft.personId ? (
          <p>
            <T ar="يذكر" en="Mentions" />: <strong dir="auto">{pickedName ?? personName ?? draft.personId}</strong>{" "}
            <button type="button" className="link-button" onClick={() => setDraft((d) => ({ ...d, personId: "" }))}>
              <T ar="إزالة" en="remove" />
            </button>
          </p>
        ) : (
          <EntityPicker
            type="person"
            label={{ ar: "يذكر الشخص", en: "Mentions person" }}
            onPick={(person) => {
              setPickedName(person.name);
              setDraft((d) => ({ ...d, personId: person.id }));
            }}
          />
        )}
      </div>
      <div className="actions">
        <button type="submit">
          <T ar="تطبيق" en="Apply" />
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
          <T ar="مسح" en="Clear" />
        </button>
      </div>
    </form>
  );
}

/** A filter chosen from a fixed set of labelled values, "all" first. */
function LabelledSelect(props: {
  id: string;
  ar: string;
  en: string;
  value: string;
  onChange: (event: { target: { value: string } }) => void;
  options: Record<string, { ar: string; en: string }>;
  say: (ar: string, en: string) => string;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>
        <T ar={props.ar} en={props.en} sep="/" />
      </label>
      <select id={props.id} value={props.value} onChange={props.onChange}>
        <option value="">{props.say("الكل", "all")}</option>
        {Object.entries(props.options).map(([value, label]) => (
          <option key={value} value={value}>
            {props.say(label.ar, label.en)}
          </option>
        ))}
      </select>
    </div>
  );
}
