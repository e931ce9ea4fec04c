import "../analysis.css";
import type { Metadata } from "next";
import { En } from "../_components/en";
import { MapView } from "./map-view";

export const metadata: Metadata = { title: "الخريطة · Map" };

export default function MapPage() {
  return (
    <section>
      <div className="page-head">
        <h1>
          خريطة الأحداث · <En>Event map</En>
        </h1>
      </div>
      <p className="lead">
        أماكن الأحداث، وأسهم الزيارات من دولة الزائر إلى دولة الحدث ·{" "}
        <En>Where events took place, and visit arrows from the visitor&apos;s state to the host state.</En>
      </p>
      <MapView />
    </section>
  );
}
