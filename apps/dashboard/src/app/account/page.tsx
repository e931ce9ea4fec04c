import { T } from "../_components/t";
import { AccountPanel } from "./account-panel";
import { pageMetadata } from "../../i18n/page-metadata";

export const generateMetadata = () => pageMetadata("titles.account");

export default function AccountPage() {
  return (
    <section>
      <h1>
        <T k="account.page.myAccount" />
      </h1>
      <AccountPanel />
    </section>
  );
}
