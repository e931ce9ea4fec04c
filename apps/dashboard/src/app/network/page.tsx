import "../analysis.css";
import { NetworkView } from "./network-view";
import { T } from "../_components/t";
import { pageMetadata } from "../../i18n/page-metadata";

export const generateMetadata = () => pageMetadata("titles.network");

export default function NetworkPage() {
  return (
    <section>
      <div className="page-head">
        <h1>
          <T k="network.page.whoMetWhom" />
        </h1>
      </div>
      <p className="lead">
        <T k="network.page.peopleWhoTookPartIn" />
      </p>
      <NetworkView />
    </section>
  );
}
