import type { AlertFacts, AlertKind } from "@marsad/schema/zod";
import type { Label } from "../../i18n/message-key";
import { EVENT_TYPE_LABELS, TOPIC_LABELS } from "../../lib/analyst-labels";

/** What an alert's sentence is made of: its kind, its facts and what it was matched by. */
export interface AlertWords {
  kind: AlertKind;
  facts: AlertFacts;
  ruleLabel: string;
  articleTitle: string | null;
}

/**
 * The sentence telling what is new, as a catalogue message (`alerts.alertText.*`): the worker stores
 * facts only, so the inbox and the Atom feed word them in their reader's language. Names, titles and
 * the event's summary stay as their article printed them.
 */
export function alertMessage(a: AlertWords): Label {
  const { facts } = a;
  const title = a.articleTitle ?? { k: "alerts.alertText.untitled" as const };
  const type = { k: EVENT_TYPE_LABELS[facts.eventType ?? "other"] };
  // A followed entity merged away or deleted since keeps the name its rule was made with.
  const name = facts.entityName ?? a.ruleLabel;
  switch (a.kind) {
    case "new-event":
    case "new-report":
      if (facts.eventSummary === null) return { k: "alerts.alertText.eventGone", values: { type, title } };
      return {
        k: a.kind === "new-event" ? "alerts.alertText.newEvent" : "alerts.alertText.newReport",
        values: { type, summary: facts.eventSummary },
      };
    case "mention":
      return { k: "alerts.alertText.mention", values: { name, title } };
    case "new-title":
      return {
        k: "alerts.alertText.newTitle",
        values: { name, printed: [facts.rank, facts.role].filter(Boolean).join(" · ") },
      };
    case "topic":
      return {
        k: "alerts.alertText.topic",
        values: { topic: facts.topic ? { k: TOPIC_LABELS[facts.topic] } : a.ruleLabel, title },
      };
    case "search":
      return { k: "alerts.alertText.search", values: { query: facts.query ?? a.ruleLabel, title } };
  }
}
