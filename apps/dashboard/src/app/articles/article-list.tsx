"use client";

import type { ArticleListQuery } from "@marsad/schema/zod";
import { useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { articleLabel } from "../../lib/article-label";
import { isPending, LIVE_REFRESH_MS } from "../../lib/labels";
import { useTRPC } from "../../trpc/react";
import { LanguageLabel } from "../_components/language-label";
import { PublishedDay } from "../_components/published-day";
import { StatusBadge } from "../_components/status-badge";
import { T } from "../_components/t";
import { UserMessage } from "../_components/user-message";

const PAGE_SIZE = 20;

export type ArticleListFilters = Omit<ArticleListQuery, "limit" | "cursor">;

export function ArticleList({ filters = {} }: { filters?: ArticleListFilters }) {
  const trpc = useTRPC();
  const filtered = Object.values(filters).some((v) => v !== undefined && v !== "newest");
  const list = useInfiniteQuery(
    trpc.articles.list.infiniteQueryOptions(
      { ...filters, limit: PAGE_SIZE },
      {
        getNextPageParam: (page) => page.nextCursor ?? undefined,
        // Poll while any article on screen is still queued or processing; stop once all settle.
        refetchInterval: (query) =>
          query.state.data?.pages.some((page) => page.items.some((a) => isPending(a.status)))
            ? LIVE_REFRESH_MS
            : false,
      },
    ),
  );

  if (list.isPending) {
    return (
      <p className="panel muted" role="status">
        <T k="articles.articleList.loading" />
      </p>
    );
  }
  if (list.isError) {
    return (
      <div className="panel error" role="alert">
        <p>
          <T k="articles.articleList.couldNotLoadTheArticles" /> <UserMessage error={list.error} />
        </p>
        <button type="button" onClick={() => void list.refetch()}>
          <T k="articles.articleList.retry" />
        </button>
      </div>
    );
  }

  const articles = list.data.pages.flatMap((page) => page.items);
  if (articles.length === 0 && filtered) {
    return (
      <div className="panel empty" data-testid="no-match">
        <p>
          <T k="articles.articleList.noArticleMatchesTheseFilters" />
        </p>
      </div>
    );
  }
  if (articles.length === 0) {
    return (
      <div className="panel empty">
        <p>
          <T k="articles.articleList.noArticlesYet" />
        </p>
        <p>
          <Link href="/submit">
            <T k="articles.articleList.submitTheFirstOne" />
          </Link>
        </p>
      </div>
    );
  }

  return (
    <>
      <ul className="article-list" data-testid="article-list">
        {articles.map((article) => {
          const label = articleLabel(article);
          return (
            <li
              key={article.id}
              className="article-row"
              data-article-id={article.id}
              data-status={article.status}
            >
              <Link href={`/articles/${article.id}`} className="article-title" dir="auto">
                {label ?? (
                  <>
                    <T k="articles.articleList.untitledArticle" />
                  </>
                )}
              </Link>
              <div className="article-meta">
                <StatusBadge status={article.status} />
                {article.source ? <span dir="auto">{article.source}</span> : null}
                {article.language ? <LanguageLabel language={article.language} /> : null}
                <PublishedDay value={article.publishedAt} />
              </div>
            </li>
          );
        })}
      </ul>
      {list.hasNextPage ? (
        <div className="actions center">
          <button type="button" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
            {list.isFetchingNextPage ? (
              <>
                <T k="articles.articleList.loading" />
              </>
            ) : (
              <>
                <T k="articles.articleList.more" />
              </>
            )}
          </button>
        </div>
      ) : null}
    </>
  );
}
