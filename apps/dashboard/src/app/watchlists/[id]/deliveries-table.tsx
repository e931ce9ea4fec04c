"use client";

import { LocalTime } from "../../_components/local-time";
import { T } from "../../_components/t";

interface Delivery {
  id: string;
  status: string;
  alertCount: number;
  attempts: number;
  responseStatus: number | null;
  error: string | null;
  createdAt: Date | string;
  lastAttemptAt: Date | string | null;
}

/** The last webhook deliveries and how each went. */
export function DeliveriesTable({ deliveries }: { deliveries: Delivery[] }) {
  if (deliveries.length === 0)
    return (
      <p className="muted">
        <T k="watchlists.item.deliveriesTable.noDeliveriesYet" />
      </p>
    );
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">
            <T k="watchlists.item.deliveriesTable.when" />
          </th>
          <th scope="col">
            <T k="watchlists.item.deliveriesTable.status" />
          </th>
          <th scope="col">
            <T k="watchlists.item.deliveriesTable.alerts" />
          </th>
          <th scope="col">
            <T k="watchlists.item.deliveriesTable.attempts" />
          </th>
          <th scope="col">
            <T k="watchlists.item.deliveriesTable.httpStatus" />
          </th>
          <th scope="col">
            <T k="watchlists.item.deliveriesTable.error" />
          </th>
        </tr>
      </thead>
      <tbody>
        {deliveries.map((d) => (
          <tr key={d.id} data-testid="delivery-row" data-status={d.status}>
            <td>
              <LocalTime value={d.lastAttemptAt ?? d.createdAt} />
            </td>
            <td>{d.status}</td>
            <td>{d.alertCount}</td>
            <td>{d.attempts}</td>
            <td>{d.responseStatus ?? "—"}</td>
            <td dir="auto">{d.error ?? "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
