"use client";

import type { ArticleStatus } from "@marsad/schema/tables";
import { STATUS_LABELS } from "../../lib/labels";
import { En } from "./en";
import { useTranslators } from "./messages-provider";
import { useUiLanguage } from "./ui-language";

export function StatusBadge({ status }: { status: ArticleStatus }) {
  const key = STATUS_LABELS[status];
  const ui = useUiLanguage();
  const [first, second] = useTranslators();
  return (
    <span className={`badge badge-${status}`} data-status={status}>
      {ui === "en" ? <span lang="en">{first(key)}</span> : first(key)}
      {ui === "both" && second ? (
        <>
          {" "}
          <span className="badge-en">
            · <En>{second(key)}</En>
          </span>
        </>
      ) : null}
    </span>
  );
}
