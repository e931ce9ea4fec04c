"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { articleLabel } from "../../lib/article-label";
import { userMessage } from "../../trpc/error-message";
import { useTRPC } from "../../trpc/react";
import { En } from "../_components/en";
import { LanguageLabel } from "../_components/language-label";
import { PublishedDay } from "../_components/published-day";
import { StatusBadge } from "../_components/status-badge";
import { T } from "../_components/t";
import type { ArticleListFilters } from "./article-list";

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
        <T ar="جارٍ البحث…" en="Searching…" />
      </p>
    );
  }
  if (search.isError) {
    return (
      <div className="panel error" role="alert">
        <p>
          <T ar="تعذّر البحث" en="Could not search:" /> <En>{userMessage(search.error)}</En>
        </p>
        <button type="button" onClick={() => void search.refetch()}>
          <T ar="إعادة المحاولة" en="Retry" />
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
        <T
          ar={<>{more ? "أكثر من " : ""}{total.toLocaleString("ar-EG")} مقالًا تطابق البحث، الأقرب أولًا</>}
          en={<>{more ? "more than " : ""}{total.toLocaleString("en")} matching {total === 1 && !more ? "article" : "articles"}, best match first</>}
        />
      </p>
      {hits.length === 0 ? (
        <div className="panel empty" data-testid="no-match">
          <p>
            <T ar="لا مقالات تطابق هذه المرشحات" en="No article matches these filters." />
          </p>
        </div>
      ) : (
        <ul className="article-list" data-testid="article-list">
          {hits.map((hit) => (
            <li key={hit.id} className="article-row" data-article-id={hit.id} data-status={hit.status} data-rank={hit.rank}>
              <Link href={`/articles/${hit.id}`} className="article-title" dir="auto">
                {articleLabel(hit) ?? <T ar="مقال بلا عنوان" en="Untitled article" />}
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
            {search.isFetchingNextPage ? <T ar="جارٍ التحميل…" en="Loading…" /> : <T ar="المزيد" en="More" />}
          </button>
        </div>
      ) : null}
    </>
  );
}
