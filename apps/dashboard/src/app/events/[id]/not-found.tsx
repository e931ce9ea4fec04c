import Link from "next/link";
import { T } from "../../_components/t";

export default function EventNotFound() {
  return (
    <section className="panel empty">
      <h1>
        <T ar="الحدث غير موجود" en="Event not found" />
      </h1>
      <p>
        <T ar="لا يوجد حدث بهذا المعرّف." en="There is no event with this id." />
      </p>
      <p>
        <Link href="/events">
          <T ar="العودة إلى الأحداث" en="Back to the events" />
        </Link>
      </p>
    </section>
  );
}
