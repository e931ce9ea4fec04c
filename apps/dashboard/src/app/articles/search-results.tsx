"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { articleLabel } from "../../lib/article-label";
import { useTRPC } from "../../trpc/react";
import { LanguageLabel } from "../_components/language-label";
import { PublishedDay } from "../_components/published-day";
import { StatusBadge } from "../_components/status-badge";
import { T } from "../_components/t";
import type { ArticleListFilters } from "./article-list";
import { UserMessage } from "../_components/user-message";

const PAGE_SIZE = 20;

/** Full-text hits, best match first: how many match, and for each the words around the match. */
export function SearchResults({ filters }: { filters: ArticleListFilters & { q: string } }) {
  const trpc = useTRPC();
  const { sort: _sort, ...rest } = filters;
  const search = useInfiniteQuery(
    trpc.search.filtered.infiniteQueryOptions(
      { ...rest, limit: PAGE_SIZE },
      { initialCursor: 0, getNextPageParam: (page) => page.nextOffset ?? undefined },
    ),
  );
  if (search.isPending) {
    return (
      <p className="panel muted" role="status">
        <T k="articles.searchResults.searching" />
      </p>
    );
  }
  if (search.isError) {
    return (
      <div className="panel error" role="alert">
        <p>
          <T k="articles.searchResults.couldNotSearch" /> <UserMessage error={search.error} />
        </p>
        <button type="button" onClick={() => void search.refetch()}>
          <T k="articles.searchResults.retry" />
        </button>
      </div>
    );
  }
  const first = search.data.pages[0];
  const total = first?.total ?? 0;
  const more = first ? !first.totalIsExact : false;
  const hits = search.data.pages.flatMap((page) => page.items);
  return (
    <>
      <p className="muted" role="status" data-testid="search-count">
        <T k={more ? "articles.searchResults.moreThanMatching" : "articles.searchResults.matching"} values={{ count: total }} />
      </p>
      {hits.length === 0 ? (
        <div className="panel empty" data-testid="no-match">
          <p>
            <T k="articles.searchResults.noArticleMatchesTheseFilters" />
          </p>
        </div>
      ) : (
        <ul className="article-list" data-testid="article-list">
          {hits.map((hit) => (
            <li key={hit.id} className="article-row" data-article-id={hit.id} data-status={hit.status} data-rank={hit.rank}>
              <Link href={`/articles/${hit.id}`} className="article-title" dir="auto">
                {articleLabel(hit) ?? <T k="articles.searchResults.untitledArticle" />}
              </Link>
              <p className="snippet" dir="auto" data-testid="snippet">
                {hit.snippet.map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
              </p>
              <div className="article-meta">
                <StatusBadge status={hit.status} />
                {hit.source ? <span dir="auto">{hit.source}</span> : null}
                {hit.language ? <LanguageLabel language={hit.language} /> : null}
                <PublishedDay value={hit.publishedAt} />
              </div>
            </li>
          ))}
        </ul>
      )}
      {search.hasNextPage ? (
        <div className="actions center">
          <button type="button" onClick={() => void search.fetchNextPage()} disabled={search.isFetchingNextPage}>
            {search.isFetchingNextPage ? <T k="articles.searchResults.loading" /> : <T k="articles.searchResults.more" />}
          </button>
        </div>
      ) : null}
    </>
  );
}
