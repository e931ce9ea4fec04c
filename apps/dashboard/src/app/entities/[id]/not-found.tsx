import Link from "next/link";
import { T } from "../../_components/t";

export default function EntityNotFound() {
  return (
    <section className="panel empty">
      <h1>
        <T ar="الملف غير موجود" en="Profile not found" />
      </h1>
      <p>
        <T ar="لا يوجد كيان بهذا المعرّف." en="There is no entity with this id." />
      </p>
      <p>
        <Link href="/people">
          <T ar="العودة إلى الأشخاص" en="Back to people" />
        </Link>
      </p>
    </section>
  );
}
