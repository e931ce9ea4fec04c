import Link from "next/link";
import { T } from "../../_components/t";

export default function EventNotFound() {
  return (
    <section className="panel empty">
      <h1>
        <T k="events.item.notFound.eventNotFound" />
      </h1>
      <p>
        <T k="events.item.notFound.thereIsNoEventWith" />
      </p>
      <p>
        <Link href="/events">
          <T k="events.item.notFound.backToTheEvents" />
        </Link>
      </p>
    </section>
  );
}
