"use client";

import type { ArticleStatus } from "@marsad/schema/tables";
import { STATUS_LABELS } from "../../lib/labels";
import { En } from "./en";
import { useUiLanguage } from "./ui-language";

export function StatusBadge({ status }: { status: ArticleStatus }) {
  const label = STATUS_LABELS[status];
  const ui = useUiLanguage();
  return (
    <span className={`badge badge-${status}`} data-status={status}>
      {ui === "en" ? <span lang="en">{label.en}</span> : label.ar}
      {ui === "both" ? (
        <>
          {" "}
          <span className="badge-en">
            · <En>{label.en}</En>
          </span>
        </>
      ) : null}
    </span>
  );
}
