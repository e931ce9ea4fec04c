"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { ENTITY_TYPE_LABELS, EVENT_TYPE_LABELS } from "../../../lib/analyst-labels";
import { highlightSegments, type Highlight } from "../../../lib/highlight-segments";
import { useTRPC } from "../../../trpc/react";
import { articleLabel } from "../../../lib/article-label";
import { T, useText } from "../../_components/t";

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
  const say = useText();
  const [showRaw, setShowRaw] = useState(false);
  const text = showRaw ? (rawText ?? "") : (cleanedText ?? rawText ?? "");
  const highlights = !showRaw && cleanedText ? (reading.data?.highlights ?? []) : [];

  return (
    <>
      <section className="panel">
        <div className="reading-head">
          <h2>
            <T k="articles.item.articleReading.text" />
          </h2>
          {cleanedText && rawText ? (
            <div className="toggle" role="group" aria-label={say("articles.item.articleReading.textVersion")}>
              <button type="button" aria-pressed={!showRaw} onClick={() => setShowRaw(false)}>
                <T k="articles.item.articleReading.cleaned" />
              </button>
              <button type="button" aria-pressed={showRaw} onClick={() => setShowRaw(true)}>
                <T k="articles.item.articleReading.raw" />
              </button>
            </div>
          ) : null}
        </div>
        {highlights.length ? (
          <p className="legend">
            {HIGHLIGHT_TYPES.map((type) => (
              <span key={type} className={`hl hl-${type}`}>
                <T k={ENTITY_TYPE_LABELS[type]} />
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
              <T k="articles.item.articleReading.theArticleTextCouldNot" />
            ) : (
              <T k="articles.item.articleReading.theArticleTextHasNot" />
            )}
          </p>
        )}
      </section>

      {reading.data?.events.length ? (
        <section className="panel" data-testid="article-events">
          <h2>
            <T k="articles.item.articleReading.eventsInThisArticle" />
          </h2>
          <ul className="plain-list">
            {reading.data.events.map((event) => (
              <li key={event.id}>
                <Link href={`/events/${event.id}`}>
                  <T k={EVENT_TYPE_LABELS[event.type]} />
                </Link>{" "}
                {event.date ? <bdi>{event.date}</bdi> : null} {/* The dash outside the place's isolate: an Arabic place must not carry it to its own end. */}
                {event.location ? <>— <bdi data-testid="article-event-place">{event.location}</bdi></> : null}
                {event.articleCount > 1 ? (
                  <span className="muted">
                    {" "}
                    (<T k="articles.item.articleReading.articleCount" values={{ count: event.articleCount }} />)
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
            <T k="articles.item.articleReading.otherArticlesOfTheSame" />
          </h2>
          <ul className="plain-list">
            {reading.data.story.map((other) => (
              <li key={other.id}>
                <Link href={`/articles/${other.id}`} dir="auto">
                  {articleLabel(other) ?? <T k="articles.item.articleReading.untitledArticle" />}
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
