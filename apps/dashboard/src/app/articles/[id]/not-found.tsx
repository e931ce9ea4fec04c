import Link from "next/link";

export default function ArticleNotFound() {
  return (
    <section className="panel empty">
      <h1>المقال غير موجود · Article not found</h1>
      <p>لا يوجد مقال بهذا المعرّف. · There is no article with this id.</p>
      <p>
        <Link href="/articles">العودة إلى المقالات · Back to the articles</Link>
      </p>
    </section>
  );
}
