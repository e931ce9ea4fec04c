import Link from "next/link";

export default function NotFound() {
  return (
    <section className="panel empty">
      <h1>الصفحة غير موجودة · Page not found</h1>
      <p>
        <Link href="/articles">العودة إلى المقالات · Back to the articles</Link>
      </p>
    </section>
  );
}
