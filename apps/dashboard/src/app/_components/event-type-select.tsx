"use client";

import type { EventType } from "@marsad/schema/tables";
import { eventTypeSchema } from "@marsad/schema/zod";
import { EVENT_TYPE_LABELS } from "../../lib/analyst-labels";
import { useText } from "./t";

/** A choice of one event type, named in the interface's language. */
export function EventTypeSelect({ value, onChange }: { value: EventType; onChange: (type: EventType) => void }) {
  const say = useText();
  return (
    <select name="eventType" value={value} onChange={(e) => onChange(e.target.value as EventType)}>
      {eventTypeSchema.options.map((t) => (
        <option key={t} value={t}>
          {say(EVENT_TYPE_LABELS[t])}
        </option>
      ))}
    </select>
  );
}
