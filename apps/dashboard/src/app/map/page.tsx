import "../analysis.css";
import type { Metadata } from "next";
import { MapView } from "./map-view";
import { T } from "../_components/t";

export const metadata: Metadata = { title: "الخريطة · Map" };

export default function MapPage() {
  return (
    <section>
      <div className="page-head">
        <h1>
          <T ar="خريطة الأحداث" en="Event map" />
        </h1>
      </div>
      <p className="lead">
        <T ar="أماكن الأحداث، وأسهم الزيارات من دولة الزائر إلى دولة الحدث" en={<>Where events took place, and visit arrows from the visitor&apos;s state to the host state.</>} />
      </p>
      <MapView />
    </section>
  );
}
