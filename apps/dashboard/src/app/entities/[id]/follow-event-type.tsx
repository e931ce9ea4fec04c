"use client";

import type { EventType } from "@marsad/schema/tables";
import { useState } from "react";
import { EVENT_TYPE_LABELS } from "../../../lib/analyst-labels";
import { EventTypeSelect } from "../../_components/event-type-select";
import { FollowButton } from "../../_components/follow-button";
import { T, useText } from "../../_components/t";

/**
 * Follows one kind of event of a person ("his visits"): only events he takes part in alert, not
 * an article naming him in passing. The watchlist is named after him and the kind.
 */
export function FollowEventType({ personId, name }: { personId: string; name: string }) {
  const say = useText();
  const [eventType, setEventType] = useState<EventType>("visit");
  return (
    <span className="follow" data-testid="follow-event-type">
      <label>
        <T k="entities.item.followEventType.eventsOfType" />{" "}
        <EventTypeSelect value={eventType} onChange={setEventType} />
      </label>{" "}
      <FollowButton
        // A new button per type: one that followed a type says so, and another type starts afresh.
        key={eventType}
        name={`${name} · ${say(EVENT_TYPE_LABELS[eventType])}`}
        rule={{ kind: "event-type", eventType, personId }}
        label={{ k: "entities.item.followEventType.follow" }}
      />
    </span>
  );
}
