"use client";

import type { WatchRule, WatchRuleKind } from "@marsad/schema/tables";
import type { Topic } from "@marsad/schema/zod";
import type { MessageKey } from "../../i18n/message-key";
import { EVENT_TYPE_LABELS, TOPIC_LABELS } from "../../lib/analyst-labels";
import { Quoted } from "../_components/quoted";
import { T } from "../_components/t";
import { useFormat } from "../_components/use-format";

type Rule = Pick<WatchRule, "kind" | "scope" | "countries" | "eventType" | "topic" | "label" | "entityId" | "query">;

const KIND_LABELS: Record<WatchRuleKind, MessageKey> = {
  entity: "watchlists.watchRuleLabel.kindEntity",
  "country-pair": "watchlists.watchRuleLabel.kindCountryPair",
  "event-type": "watchlists.watchRuleLabel.kindEventType",
  topic: "watchlists.watchRuleLabel.kindTopic",
  search: "watchlists.watchRuleLabel.kindSearch",
};

/**
 * What a rule follows, in the interface's language. The stored label is what alerts and the API
 * name the rule by ("agreement · EG"): event types, topics and states are read here from the
 * catalogues instead; a followed entity and a saved search keep the analyst's own words.
 */
export function WatchRuleLabel({ rule }: { rule: Rule }) {
  const format = useFormat();
  if (rule.kind === "country-pair") return <>{rule.countries.map((c) => format.country(c)).join(" – ")}</>;
  if (rule.kind === "topic" && rule.topic && rule.topic in TOPIC_LABELS) return <T k={TOPIC_LABELS[rule.topic as Topic]} />;
  if (rule.kind === "event-type" && rule.eventType) {
    // The person, when there is one, is the label's last part (see the API's ruleRow).
    const person = rule.entityId ? rule.label.split(" · ").at(-1) : undefined;
    return (
      <>
        <T k={EVENT_TYPE_LABELS[rule.eventType]} />
        {rule.countries[0] ? <> · {format.country(rule.countries[0])}</> : null}
        {person ? (
          <>
            {" "}
            · <bdi>{person}</bdi>
          </>
        ) : null}
      </>
    );
  }
  if (rule.kind === "search" && rule.query) return <Quoted text={rule.query} />;
  return <bdi>{rule.label}</bdi>;
}

/** The kind of a rule (and, for an entity, whether any mention counts), in the interface's language. */
export function WatchRuleKindLabel({ rule }: { rule: Pick<Rule, "kind" | "scope"> }) {
  return (
    <>
      <T k={KIND_LABELS[rule.kind]} />
      {rule.kind === "entity" ? (
        <>
          {" "}
          · <T k={rule.scope === "mentions" ? "watchlists.watchRuleLabel.scopeMentions" : "watchlists.watchRuleLabel.scopeEvents"} />
        </>
      ) : null}
    </>
  );
}
