import Link from "next/link";
import { En } from "../../_components/en";

export default function EntityNotFound() {
  return (
    <section className="panel empty">
      <h1>
        الملف غير موجود · <En>Profile not found</En>
      </h1>
      <p>
        لا يوجد كيان بهذا المعرّف. · <En>There is no entity with this id.</En>
      </p>
      <p>
        <Link href="/people">
          العودة إلى الأشخاص · <En>Back to people</En>
        </Link>
      </p>
    </section>
  );
}
