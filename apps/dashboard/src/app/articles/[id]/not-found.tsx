import Link from "next/link";
import { T } from "../../_components/t";

export default function ArticleNotFound() {
  return (
    <section className="panel empty">
      <h1>
        <T ar="المقال غير موجود" en="Article not found" />
      </h1>
      <p>
        <T ar="لا يوجد مقال بهذا المعرّف." en="There is no article with this id." />
      </p>
      <p>
        <Link href="/articles">
          <T ar="العودة إلى المقالات" en="Back to the articles" />
        </Link>
      </p>
    </section>
  );
}
