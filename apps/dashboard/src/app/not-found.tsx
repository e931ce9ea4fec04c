import Link from "next/link";
import { T } from "./_components/t";

export default function NotFound() {
  return (
    <section className="panel empty">
      <h1>
        <T k="notFound.pageNotFound" />
      </h1>
      <p>
        <Link href="/articles">
          <T k="notFound.backToTheArticles" />
        </Link>
      </p>
    </section>
  );
}
