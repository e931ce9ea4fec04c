"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { excerpt, isPending, LANGUAGE_LABELS, LIVE_REFRESH_MS } from "../../lib/labels";
import { useTRPC } from "../../trpc/react";
import { LocalTime } from "../_components/local-time";
import { StatusBadge } from "../_components/status-badge";

const PAGE_SIZE = 20;

/**
 * First words of an untitled article. The list returns a `preview` of the text when the query
 * provides one (see the report to packages/db); until then untitled rows get a generic label.
 */
function previewOf(article: object): string | null {
  if (!("preview" in article) || typeof article.preview !== "string") return null;
  const text = excerpt(article.preview, 90);
  return text === "" ? null : text;
}

export function ArticleList() {
  const trpc = useTRPC();
  const list = useInfiniteQuery(
    trpc.articles.list.infiniteQueryOptions(
      { limit: PAGE_SIZE },
      {
        getNextPageParam: (page) => page.nextCursor ?? undefined,
        // Poll while any article on screen is still queued or processing; stop once all settle.
        refetchInterval: (query) =>
          query.state.data?.pages.some((page) => page.items.some((a) => isPending(a.status))) ? LIVE_REFRESH_MS : false,
      },
    ),
  );

  if (list.isPending) {
    return (
      <p className="panel muted" role="status">
        جارٍ التحميل… · Loading…
      </p>
    );
  }
  if (list.isError) {
    return (
      <div className="panel error" role="alert">
        <p>تعذّر تحميل المقالات · Could not load the articles: {list.error.message}</p>
        <button type="button" onClick={() => void list.refetch()}>
          إعادة المحاولة · Retry
        </button>
      </div>
    );
  }

  const articles = list.data.pages.flatMap((page) => page.items);
  if (articles.length === 0) {
    return (
      <div className="panel empty">
        <p>لا توجد مقالات بعد · No articles yet.</p>
        <p>
          <Link href="/submit">أرسل أول مقال · Submit the first one</Link>
        </p>
      </div>
    );
  }

  return (
    <>
      <ul className="article-list" data-testid="article-list">
        {articles.map((article) => {
          const label = article.title ?? previewOf(article);
          return (
            <li key={article.id} className="article-row" data-article-id={article.id} data-status={article.status}>
              <Link href={`/articles/${article.id}`} className="article-title" dir="auto">
                {label ?? "مقال بلا عنوان · Untitled article"}
              </Link>
              <div className="article-meta">
                <StatusBadge status={article.status} />
                {article.source ? <span dir="auto">{article.source}</span> : null}
                {article.language ? <span>{LANGUAGE_LABELS[article.language]}</span> : null}
                <LocalTime value={article.createdAt} />
              </div>
            </li>
          );
        })}
      </ul>
      {list.hasNextPage ? (
        <div className="actions center">
          <button type="button" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
            {list.isFetchingNextPage ? "جارٍ التحميل… · Loading…" : "المزيد · More"}
          </button>
        </div>
      ) : null}
    </>
  );
}
