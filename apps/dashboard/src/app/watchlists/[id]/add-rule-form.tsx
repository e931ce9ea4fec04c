"use client";

import { topicSchema, type Topic } from "@marsad/schema/zod";
import type { EventType } from "@marsad/schema/tables";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import countries from "i18n-iso-countries";
import { useState, type FormEvent } from "react";
import { countryName, TOPIC_LABELS } from "../../../lib/analyst-labels";
import { useTRPC } from "../../../trpc/react";
import { EntityPicker, type PickedEntity } from "../../_components/entity-picker";
import { EventTypeSelect } from "../../_components/event-type-select";
import { T, useText } from "../../_components/t";
import { useFormat } from "../../_components/use-format";

type Kind = "event-type" | "topic";

/** Every state by its ISO code (the rule stores the code), named and sorted in one language. */
function statesIn(locale: "ar" | "en") {
  return Object.keys(countries.getAlpha2Codes())
    .map((code) => ({ code, name: countryName(code, locale) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}
const STATES_AR = statesIn("ar");
const STATES_EN = statesIn("en");

/**
 * Adds a rule that follows a kind of event (optionally in one state, or of one person) or a topic;
 * entities and pairs of states are followed from their profiles and events, searches from the
 * Articles page. A rule is changed by removing it and adding another.
 */
export function AddRuleForm({ watchlistId }: { watchlistId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const say = useText();
  const { locale } = useFormat();
  const [kind, setKind] = useState<Kind>("event-type");
  const [eventType, setEventType] = useState<EventType>("visit");
  const [country, setCountry] = useState("");
  // The service refuses a state and a person together, so the form offers one at a time.
  const [person, setPerson] = useState<PickedEntity | null>(null);
  const [topic, setTopic] = useState<Topic>("military-cooperation");
  const addRule = useMutation(
    trpc.watchlists.addRule.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.watchlists.pathFilter()),
    }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    addRule.mutate({
      id: watchlistId,
      rule: kind === "topic" ? { kind, topic } : { kind, eventType, ...(person ? { personId: person.id } : country ? { country } : {}) },
    });
  }

  return (
    <form onSubmit={submit} data-testid="add-rule">
      <fieldset>
        <legend>
          <T k="watchlists.item.addRuleForm.newRule" />
        </legend>
        <label>
          <T k="watchlists.item.addRuleForm.follows" />{" "}
          <select name="kind" value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
            <option value="event-type">{say("watchlists.item.addRuleForm.kindEventType")}</option>
            <option value="topic">{say("watchlists.item.addRuleForm.kindTopic")}</option>
          </select>
        </label>{" "}
        {kind === "event-type" ? (
          <>
            <label>
              <T k="watchlists.item.addRuleForm.eventType" />{" "}
              <EventTypeSelect value={eventType} onChange={setEventType} />
            </label>{" "}
            {person ? null : (
              <label>
                <T k="watchlists.item.addRuleForm.inAState" />{" "}
                <span className="optional">
                  (<T k="common.entityPicker.optional" />)
                </span>{" "}
                <select name="country" value={country} onChange={(e) => setCountry(e.target.value)}>
                  <option value="">{say("watchlists.item.addRuleForm.anyState")}</option>
                  {(locale === "en" ? STATES_EN : STATES_AR).map((s) => (
                    <option key={s.code} value={s.code}>
                      {s.name}
                    </option>
                  ))}
                </select>
              </label>
            )}{" "}
            <PersonPart person={person} stateChosen={country !== ""} onChange={setPerson} />
          </>
        ) : (
          <label>
            <T k="watchlists.item.addRuleForm.topic" />{" "}
            <select name="topic" value={topic} onChange={(e) => setTopic(e.target.value as Topic)}>
              {topicSchema.options.map((t) => (
                <option key={t} value={t}>
                  {say(TOPIC_LABELS[t])}
                </option>
              ))}
            </select>
          </label>
        )}{" "}
        <button type="submit" disabled={addRule.isPending}>
          <T k="watchlists.item.addRuleForm.addTheRule" />
        </button>
        {addRule.error ? (
          <p className="error" role="alert" dir="auto">
            {addRule.error.message}
          </p>
        ) : null}
      </fieldset>
    </form>
  );
}

/**
 * The person an event-type rule may name: a search among people, or the one picked with a way to
 * clear him. While a state is chosen it says why no person can be picked instead.
 */
function PersonPart({
  person,
  stateChosen,
  onChange,
}: {
  person: PickedEntity | null;
  stateChosen: boolean;
  onChange: (person: PickedEntity | null) => void;
}) {
  if (person)
    return (
      <p data-testid="rule-person">
        <T k="watchlists.item.addRuleForm.person" />: <bdi>{person.name}</bdi>{" "}
        <button type="button" className="button secondary small-button" onClick={() => onChange(null)}>
          <T k="watchlists.item.addRuleForm.clearThePerson" />
        </button>
      </p>
    );
  if (stateChosen)
    return (
      <p className="muted small" data-testid="state-or-person">
        <T k="watchlists.item.addRuleForm.stateOrPersonNotBoth" />
      </p>
    );
  return (
    <EntityPicker type="person" label={{ k: "watchlists.item.addRuleForm.ofAPerson" }} optional onPick={onChange} />
  );
}
