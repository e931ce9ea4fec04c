import "../analysis.css";
import { articleListQuerySchema } from "@marsad/schema/zod";
import { TRPCError } from "@trpc/server";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { serverCaller } from "../../trpc/server";
import { En } from "../_components/en";
import { ExportLinks } from "../_components/export-links";
import { ArticleFilters } from "./article-filters";
import { FILTER_KEYS, type ArticleFilterValues } from "./filter-values";
import { ArticleList } from "./article-list";
import { SearchResults } from "./search-results";
import { T } from "../_components/t";
import { FollowButton } from "../_components/follow-button";
import { pageMetadata } from "../../i18n/page-metadata";

export const generateMetadata = () => pageMetadata("titles.articles");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Looks up the name of the person filtered on; an unknown id just shows as the id. */
async function personName(id: string): Promise<string | null> {
  try {
    return (await (await serverCaller()).entities.byId({ id })).entity.canonicalName;
  } catch (error) {
    if (error instanceof TRPCError) return null;
    throw error;
  }
}

export default async function ArticlesPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = await searchParams;
  const values = Object.fromEntries(
    FILTER_KEYS.map((key) => [key, typeof raw[key] === "string" ? raw[key] : ""]),
  ) as Record<(typeof FILTER_KEYS)[number], string> satisfies ArticleFilterValues;
  const present = Object.fromEntries(Object.entries(values).filter(([, v]) => v.trim() !== ""));
  // A search is shown best match first unless the reader asked for a date order.
  const byRelevance = Boolean(present.q) && (!present.sort || present.sort === "relevance");
  const { sort: _sort, ...unsorted } = present;
  const parsed = articleListQuerySchema.omit({ limit: true, cursor: true }).safeParse(byRelevance ? unsorted : present);
  const filters = parsed.success ? parsed.data : null;
  const name = filters?.personId ? await personName(filters.personId) : null;
  // The saved search is named in the reader's first language: «القوات» or “army”.
  const quote = await getTranslations("articles.page.savedSearchName");

  return (
    <section>
      <div className="page-head">
        <h1>
          <T k="articles.page.articles" />
        </h1>
        <Link href="/submit" className="button">
          <T k="articles.page.submit" />
        </Link>
      </div>
      <ArticleFilters key={JSON.stringify(values)} values={values} personName={name} />
      {filters?.q ? (
        <FollowButton name={quote("text", { text: filters.q })} rule={{ kind: "search", query: filters.q }} label={{ k: "articles.page.saveThisSearch" }} />
      ) : null}
      {filters ? (
        <>
          <ExportLinks
            files={[
              { file: "articles.csv", label: "common.exportLinks.csv" },
              { file: "articles.json", label: "common.exportLinks.json" },
            ]}
            params={present}
          />
          {byRelevance && filters.q ? <SearchResults filters={{ ...filters, q: filters.q }} /> : <ArticleList filters={filters} />}
        </>
      ) : (
        <p className="panel error" role="alert" dir="auto">
          <T k="articles.page.invalidFilter" />{" "}
          <En>
            {parsed.error?.issues[0]?.path.join(".")}: {parsed.error?.issues[0]?.message}
          </En>
        </p>
      )}
    </section>
  );
}
