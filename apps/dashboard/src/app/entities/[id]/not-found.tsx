import Link from "next/link";
import { T } from "../../_components/t";

export default function EntityNotFound() {
  return (
    <section className="panel empty">
      <h1>
        <T k="entities.item.notFound.profileNotFound" />
      </h1>
      <p>
        <T k="entities.item.notFound.thereIsNoEntityWith" />
      </p>
      <p>
        <Link href="/people">
          <T k="entities.item.notFound.backToPeople" />
        </Link>
      </p>
    </section>
  );
}
