import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { serverCaller } from "../../../trpc/server";
import { ArticleView } from "./article-view";
import { pageMetadata } from "../../../i18n/page-metadata";

export const generateMetadata = () => pageMetadata("titles.article");

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  let article;
  try {
    article = await (await serverCaller()).articles.byId({ id });
  } catch (error) {
    // Not a UUID, or no such article: both are "this page does not exist".
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      notFound();
    throw error;
  }
  return <ArticleView initial={article} />;
}
