"use client";

import type { AppRouter } from "@marsad/api";
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import type { inferRouterOutputs } from "@trpc/server";
import { excerpt, isPending, LIVE_REFRESH_MS } from "../../../lib/labels";
import { textDirection } from "../../../lib/text-direction";
import { useTRPC } from "../../../trpc/react";
import { LanguageLabel } from "../../_components/language-label";
import { LocalTime } from "../../_components/local-time";
import { StatusBadge } from "../../_components/status-badge";
import { ArticleReading } from "./article-reading";
import { ExtractionSections } from "./extraction-sections";
import { FailedArticleActions } from "./failed-article-actions";
import { readableUrl } from "../../../lib/article-label";
import { T } from "../../_components/t";

type Article = inferRouterOutputs<AppRouter>["articles"]["byId"];

/** How the publication date was known (`articles.published_source`). */
const PUBLISHED_SOURCE = {
  stated: { k: "articles.item.articleView.printedInTheText" },
  hijri: { k: "articles.item.articleView.hijriDateInTheText" },
  inferred: { k: "articles.item.articleView.inferredFromTheText" },
  feed: { k: "articles.item.articleView.fromTheFeed" },
  page: { k: "articles.item.articleView.fromThePageSMetadata" },
  submitter: { k: "articles.item.articleView.givenByTheSubmitter" },
} as const;

export function ArticleView({ initial }: { initial: Article }) {
  const trpc = useTRPC();
  const query = useQuery(
    trpc.articles.byId.queryOptions(
      { id: initial.id },
      {
        initialData: initial,
        // Live while the worker has not finished with it; still once it is done or failed.
        refetchInterval: (q) => (q.state.data && isPending(q.state.data.status) ? LIVE_REFRESH_MS : false),
      },
    ),
  );
  const article = query.data;
  // The same query as the reading view below (one request): which entity each named person is.
  const reading = useQuery(trpc.articles.reading.queryOptions({ id: initial.id }, { enabled: article.status === "done" }));
  const profiles = useMemo(
    () => new Map((reading.data?.persons ?? []).flatMap((p) => [[p.name, p.entityId] as const, [p.canonicalName, p.entityId] as const])),
    [reading.data],
  );
  // A link submitted alone has no text until the worker has fetched it.
  const body = article.cleanedText ?? article.rawText ?? "";
  const { dir, lang } = textDirection(article.language, body);
  const heading = article.title ?? (body ? excerpt(body, 80) : article.url ? readableUrl(article.url) : "—");

  return (
    <article className="article" data-article-id={article.id} data-status={article.status}>
      {/* A submitter's title may be in another language than the body: let it set its own direction. */}
      <h1 dir={article.title ? "auto" : dir} lang={article.title ? undefined : lang}>
        {heading}
      </h1>
      <dl className="meta panel">
        <div>
          <dt>
            <T k="articles.item.articleView.status" />
          </dt>
          <dd>
            <StatusBadge status={article.status} />
          </dd>
        </div>
        {article.status === "failed" && article.error ? (
          <div className="meta-wide">
            <dt>
              <T k="articles.item.articleView.error" />
            </dt>
            <dd className="error" dir="auto">
              {article.error}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>
            <T k="articles.item.articleView.source" />
          </dt>
          <dd>{article.source ? <bdi>{article.source}</bdi> : "—"}</dd>
        </div>
        <div>
          <dt>
            <T k="articles.item.articleView.published" />
          </dt>
          <dd data-testid="published">
            {article.publishedAt ? (
              <>
                <bdi dir="ltr">{article.publishedAt}</bdi>
                {article.publishedSource ? (
                  <span className="muted small">
                    {" "}
                    (<T {...PUBLISHED_SOURCE[article.publishedSource]} />)
                  </span>
                ) : null}
              </>
            ) : (
              // The arrival time below is not a publication date.
              <T k="articles.item.articleView.unknown" />
            )}
          </dd>
        </div>
        <div>
          <dt>
            <T k="articles.item.articleView.language" />
          </dt>
          <dd>{article.language ? <LanguageLabel language={article.language} /> : "—"}</dd>
        </div>
        <div>
          <dt>
            <T k="articles.item.articleView.submitted" />
          </dt>
          <dd>
            <LocalTime value={article.createdAt} />
          </dd>
        </div>
        {article.processedAt ? (
          <div>
            <dt>
              <T k="articles.item.articleView.processed" />
            </dt>
            <dd>
              <LocalTime value={article.processedAt} />
            </dd>
          </div>
        ) : null}
        {article.extractorVersion ? (
          <div>
            <dt>
              <T k="articles.item.articleView.extractor" />
            </dt>
            <dd dir="ltr">{article.extractorVersion}</dd>
          </div>
        ) : null}
        {article.url ? (
          <div className="meta-wide">
            <dt>
              <T k="articles.item.articleView.url" />
            </dt>
            <dd dir="ltr">
              <a href={article.url} rel="noopener noreferrer nofollow" target="_blank" className="url">
                {readableUrl(article.url)}
              </a>
            </dd>
          </div>
        ) : null}
      </dl>

      {article.status === "failed" ? <FailedArticleActions id={article.id} isLink={Boolean(article.url) && !article.rawText} /> : null}

      {article.extraction ? <ExtractionSections document={article.extraction} profiles={profiles} /> : null}

      {isPending(article.status) ? (
        <p className="muted" role="status">
          <T k="articles.item.articleView.beingProcessed" />
        </p>
      ) : null}
      <ArticleReading
        articleId={article.id}
        cleanedText={article.cleanedText}
        rawText={article.rawText}
        dir={dir}
        lang={lang}
        processed={article.status === "done"}
        failed={article.status === "failed"}
      />
    </article>
  );
}
