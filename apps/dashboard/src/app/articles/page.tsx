import type { Metadata } from "next";
import Link from "next/link";
import { ArticleList } from "./article-list";

export const metadata: Metadata = { title: "المقالات · Articles" };

export default function ArticlesPage() {
  return (
    <section>
      <div className="page-head">
        <h1>المقالات · Articles</h1>
        <Link href="/submit" className="button">
          إرسال مقال · Submit
        </Link>
      </div>
      <ArticleList />
    </section>
  );
}
