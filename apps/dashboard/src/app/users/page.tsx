import { T } from "../_components/t";
import { UsersPanel } from "./users-panel";
import { pageMetadata } from "../../i18n/page-metadata";

export const generateMetadata = () => pageMetadata("titles.users");

export default function UsersPage() {
  return (
    <section>
      <h1>
        <T k="users.page.users" />
      </h1>
      <p className="lead">
        <T
          k="users.page.viewersReadEditorsAlsoSubmit"
        />
      </p>
      <UsersPanel />
    </section>
  );
}
