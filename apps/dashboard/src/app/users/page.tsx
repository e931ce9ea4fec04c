import type { Metadata } from "next";
import { T } from "../_components/t";
import { UsersPanel } from "./users-panel";

export const metadata: Metadata = { title: "المستخدمون · Users" };

export default function UsersPage() {
  return (
    <section>
      <h1>
        <T ar="المستخدمون" en="Users" />
      </h1>
      <p className="lead">
        <T
          ar="القارئ يطّلع فقط؛ المحرّر يرسل المقالات ويصحّح؛ المدير يدير المستخدمين والخلاصات والطابور."
          en="Viewers read; editors also submit and correct; admins also manage users, feeds and the queue."
        />
      </p>
      <UsersPanel />
    </section>
  );
}
