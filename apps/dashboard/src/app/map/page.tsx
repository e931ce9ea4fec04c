import "../analysis.css";
import { MapView } from "./map-view";
import { T } from "../_components/t";
import { pageMetadata } from "../../i18n/page-metadata";

export const generateMetadata = () => pageMetadata("titles.map");

export default function MapPage() {
  return (
    <section>
      <div className="page-head">
        <h1>
          <T k="map.page.eventMap" />
        </h1>
      </div>
      <p className="lead">
        <T k="map.page.lead" />
      </p>
      <MapView />
    </section>
  );
}
