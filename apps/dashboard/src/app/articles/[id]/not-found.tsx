import Link from "next/link";
import { T } from "../../_components/t";

export default function ArticleNotFound() {
  return (
    <section className="panel empty">
      <h1>
        <T k="articles.item.notFound.articleNotFound" />
      </h1>
      <p>
        <T k="articles.item.notFound.thereIsNoArticleWith" />
      </p>
      <p>
        <Link href="/articles">
          <T k="articles.item.notFound.backToTheArticles" />
        </Link>
      </p>
    </section>
  );
}
