import Link from "next/link";
import { En } from "../../_components/en";

export default function ArticleNotFound() {
  return (
    <section className="panel empty">
      <h1>
        المقال غير موجود · <En>Article not found</En>
      </h1>
      <p>
        لا يوجد مقال بهذا المعرّف. · <En>There is no article with this id.</En>
      </p>
      <p>
        <Link href="/articles">
          العودة إلى المقالات · <En>Back to the articles</En>
        </Link>
      </p>
    </section>
  );
}
