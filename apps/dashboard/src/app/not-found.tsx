import Link from "next/link";
import { En } from "./_components/en";

export default function NotFound() {
  return (
    <section className="panel empty">
      <h1>
        الصفحة غير موجودة · <En>Page not found</En>
      </h1>
      <p>
        <Link href="/articles">
          العودة إلى المقالات · <En>Back to the articles</En>
        </Link>
      </p>
    </section>
  );
}
