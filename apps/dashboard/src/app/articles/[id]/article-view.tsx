"use client";

import type { AppRouter } from "@marsad/api";
import { useQuery } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { excerpt, isPending, LANGUAGE_LABELS, LIVE_REFRESH_MS } from "../../../lib/labels";
import { textDirection } from "../../../lib/text-direction";
import { useTRPC } from "../../../trpc/react";
import { LocalTime } from "../../_components/local-time";
import { StatusBadge } from "../../_components/status-badge";
import { ExtractionSections } from "./extraction-sections";

type Article = inferRouterOutputs<AppRouter>["articles"]["byId"];

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
  // Rendered as a text node: markup inside an article (a <script>, an onerror=) shows as characters.
  const body = article.cleanedText ?? article.rawText;
  const { dir, lang } = textDirection(article.language, body);
  const heading = article.title ?? excerpt(body, 80);

  return (
    <article className="article" data-article-id={article.id} data-status={article.status}>
      <h1 dir={dir} lang={lang}>
        {heading}
      </h1>
      <dl className="meta panel">
        <div>
          <dt>الحالة · Status</dt>
          <dd>
            <StatusBadge status={article.status} />
          </dd>
        </div>
        {article.status === "failed" && article.error ? (
          <div className="meta-wide">
            <dt>الخطأ · Error</dt>
            <dd className="error" dir="auto">
              {article.error}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>المصدر · Source</dt>
          <dd dir="auto">{article.source ?? "—"}</dd>
        </div>
        <div>
          <dt>تاريخ النشر · Published</dt>
          <dd dir="ltr">{article.publishedAt ?? "—"}</dd>
        </div>
        <div>
          <dt>اللغة · Language</dt>
          <dd>{article.language ? LANGUAGE_LABELS[article.language] : "—"}</dd>
        </div>
        <div>
          <dt>أُرسل · Submitted</dt>
          <dd>
            <LocalTime value={article.createdAt} />
          </dd>
        </div>
        {article.processedAt ? (
          <div>
            <dt>عولج · Processed</dt>
            <dd>
              <LocalTime value={article.processedAt} />
            </dd>
          </div>
        ) : null}
        {article.extractorVersion ? (
          <div>
            <dt>إصدار المستخرج · Extractor</dt>
            <dd dir="ltr">{article.extractorVersion}</dd>
          </div>
        ) : null}
        {article.url ? (
          <div className="meta-wide">
            <dt>الرابط · URL</dt>
            <dd dir="ltr">
              <a href={article.url} rel="noopener noreferrer nofollow" target="_blank">
                {article.url}
              </a>
            </dd>
          </div>
        ) : null}
      </dl>

      {article.extraction ? <ExtractionSections document={article.extraction} /> : null}

      <section className="panel">
        <h2>
          {article.cleanedText ? "النص · Text" : "النص الأصلي · Original text"}
          {isPending(article.status) ? <span className="muted small"> (قيد المعالجة · being processed)</span> : null}
        </h2>
        <div className="article-text" dir={dir} lang={lang} data-testid="article-text">
          {body}
        </div>
      </section>
    </article>
  );
}
