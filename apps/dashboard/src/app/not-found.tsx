import Link from "next/link";
import { T } from "./_components/t";

export default function NotFound() {
  return (
    <section className="panel empty">
      <h1>
        <T ar="الصفحة غير موجودة" en="Page not found" />
      </h1>
      <p>
        <Link href="/articles">
          <T ar="العودة إلى المقالات" en="Back to the articles" />
        </Link>
      </p>
    </section>
  );
}
