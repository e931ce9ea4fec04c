"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { ENTITY_TYPE_LABELS, EVENT_TYPE_LABELS } from "../../../lib/analyst-labels";
import { highlightSegments, type Highlight } from "../../../lib/highlight-segments";
import { useTRPC } from "../../../trpc/react";
import { articleLabel } from "../../../lib/article-label";
import { T } from "../../_components/t";

const HIGHLIGHT_TYPES: Highlight["type"][] = ["person", "organization", "place", "country"];

interface Props {
  articleId: string;
  cleanedText: string | null;
  rawText: string | null;
  dir: "rtl" | "ltr" | "auto";
  lang: string | undefined;
  /** Re-read the highlights once processing finishes. */
  processed: boolean;
  /** Processing failed: a missing text was not "not fetched yet" but could not be fetched. */
  failed?: boolean;
}

/**
 * The article's text with every recognised entity highlighted by type (a link to its profile),
 * switchable to the text as submitted; then the events it reports, each with its evidence
 * sentence, and the other articles of the same story. Everything is rendered as text nodes.
 */
export function ArticleReading({ articleId, cleanedText, rawText, dir, lang, processed, failed = false }: Props) {
  const trpc = useTRPC();
  const reading = useQuery(trpc.articles.reading.queryOptions({ id: articleId }, { enabled: processed }));
  const [showRaw, setShowRaw] = useState(false);
  const text = showRaw ? (rawText ?? "") : (cleanedText ?? rawText ?? "");
  const highlights = !showRaw && cleanedText ? (reading.data?.highlights ?? []) : [];

  return (
    <>
      <section className="panel">
        <div className="reading-head">
          <h2>
            <T ar="النص" en="Text" />
          </h2>
          {cleanedText && rawText ? (
            <div className="toggle" role="group" aria-label="النص · Text version">
              <button type="button" aria-pressed={!showRaw} onClick={() => setShowRaw(false)}>
                <T ar="المنظّف" en="Cleaned" />
              </button>
              <button type="button" aria-pressed={showRaw} onClick={() => setShowRaw(true)}>
                <T ar="الأصلي" en="Raw" />
              </button>
            </div>
          ) : null}
        </div>
        {highlights.length ? (
          <p className="legend">
            {HIGHLIGHT_TYPES.map((type) => (
              <span key={type} className={`hl hl-${type}`}>
                <T ar={<>{ENTITY_TYPE_LABELS[type].ar}</>} en={<>{ENTITY_TYPE_LABELS[type].en}</>} />
              </span>
            ))}
          </p>
        ) : null}
        {text ? (
          <div className="article-text" dir={dir} lang={lang} data-testid="article-text">
            {highlightSegments(text, highlights).map((segment, i) =>
              segment.highlight ? (
                <Link
                  key={i}
                  href={`/entities/${segment.highlight.entityId}`}
                  className={`hl hl-${segment.highlight.type}`}
                  title={segment.highlight.name}
                  data-entity-type={segment.highlight.type}
                >
                  {segment.text}
                </Link>
              ) : (
                <span key={i}>{segment.text}</span>
              ),
            )}
          </div>
        ) : (
          <p className="muted">
            {failed ? (
              <T ar="تعذّر جلب نص المقال من الرابط (انظر الخطأ أعلاه)" en="The article text could not be fetched from the link (see the error above)." />
            ) : (
              <T ar="لم يُجلب نص المقال بعد" en="The article text has not been fetched yet." />
            )}
          </p>
        )}
      </section>

      {reading.data?.events.length ? (
        <section className="panel" data-testid="article-events">
          <h2>
            <T ar="الأحداث في المقال" en="Events in this article" />
          </h2>
          <ul className="plain-list">
            {reading.data.events.map((event) => (
              <li key={event.id}>
                <Link href={`/events/${event.id}`}>
                  <T ar={<>{EVENT_TYPE_LABELS[event.type].ar}</>} en={<>{EVENT_TYPE_LABELS[event.type].en}</>} />
                </Link>{" "}
                {event.date ? <bdi>{event.date}</bdi> : null} {event.location ? <span dir="auto">— {event.location}</span> : null}
                {event.articleCount > 1 ? (
                  <span className="muted">
                    {" "}
                    (<T ar={<>{event.articleCount} مقالات</>} en={<>{event.articleCount} articles</>} />)
                  </span>
                ) : null}
                {event.evidence ? (
                  <blockquote className="evidence" dir="auto">
                    {event.evidence}
                  </blockquote>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {reading.data?.story.length ? (
        <section className="panel" data-testid="story-articles">
          <h2>
            <T ar="مقالات القصة نفسها" en="Other articles of the same story" />
          </h2>
          <ul className="plain-list">
            {reading.data.story.map((other) => (
              <li key={other.id}>
                <Link href={`/articles/${other.id}`} dir="auto">
                  {articleLabel(other) ?? <T ar="مقال بلا عنوان" en="Untitled article" />}
                </Link>{" "}
                <span className="muted">
                  {/* Each value isolated: one cannot reorder the other, nor the separator. */}
                  {[other.source, other.publishedAt]
                    .filter(Boolean)
                    .map((value, i) => (
                      <span key={i}>
                        {i > 0 ? " · " : null}
                        <bdi>{value}</bdi>
                      </span>
                    ))}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
