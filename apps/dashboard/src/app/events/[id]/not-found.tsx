import Link from "next/link";
import { En } from "../../_components/en";

export default function EventNotFound() {
  return (
    <section className="panel empty">
      <h1>
        الحدث غير موجود · <En>Event not found</En>
      </h1>
      <p>
        لا يوجد حدث بهذا المعرّف. · <En>There is no event with this id.</En>
      </p>
      <p>
        <Link href="/events">
          العودة إلى الأحداث · <En>Back to the events</En>
        </Link>
      </p>
    </section>
  );
}
