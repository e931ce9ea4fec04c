import type { ArticleStatus } from "@marsad/schema/tables";
import { STATUS_LABELS } from "../../lib/labels";
import { En } from "./en";

export function StatusBadge({ status }: { status: ArticleStatus }) {
  const label = STATUS_LABELS[status];
  return (
    <span className={`badge badge-${status}`} data-status={status}>
      {label.ar}{" "}
      <span className="badge-en">
        · <En>{label.en}</En>
      </span>
    </span>
  );
}
