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
        <T ar="لا إرسال بعد." en="No deliveries yet." />
      </p>
    );
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">
            <T ar="الوقت" en="When" />
          </th>
          <th scope="col">
            <T ar="الحالة" en="Status" />
          </th>
          <th scope="col">
            <T ar="تنبيهات" en="Alerts" />
          </th>
          <th scope="col">
            <T ar="محاولات" en="Attempts" />
          </th>
          <th scope="col">HTTP</th>
          <th scope="col">
            <T ar="الخطأ" en="Error" />
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
