import type { Metadata } from "next";
import Link from "next/link";
import { ArticleList } from "./article-list";
import { En } from "../_components/en";

export const metadata: Metadata = { title: "المقالات · Articles" };

export default function ArticlesPage() {
  return (
    <section>
      <div className="page-head">
        <h1>
          المقالات · <En>Articles</En>
        </h1>
        <Link href="/submit" className="button">
          إرسال مقال · <En>Submit</En>
        </Link>
      </div>
      <ArticleList />
    </section>
  );
}
