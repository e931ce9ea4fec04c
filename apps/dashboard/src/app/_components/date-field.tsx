"use client";

import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import type { Label } from "../../i18n/message-key";
import { parseTypedDay } from "../../lib/typed-day";
import { useTranslators } from "./messages-provider";
import { T, useText } from "./t";
import { useFormat } from "./use-format";

interface Props {
  id: string;
  label: Label;
  /** Shown after the label, inside it ("(optional)"). */
  afterLabel?: ReactNode;
  /** The ISO day chosen, or "" for none. */
  value: string;
  /** Called with an ISO day or "" — never with text that is not a day. */
  onChange: (day: string) => void;
  name?: string;
  /** Earliest day accepted (a range's "to" after its "from"). */
  min?: string;
  /** The server's word on this field, shown instead of the hint. */
  error?: ReactNode;
}

/**
 * A day typed year first (2026-02-05) rather than the browser's date input, whose order follows
 * the browser's locale (mm/dd/yyyy in an Arabic interface on an American browser). Below it, the
 * day read back in the interface language ("5 فبراير 2026"), or what is wrong with the text. Text
 * that is no day never reaches `onChange`, and the input reports itself invalid so that a form
 * does not submit it.
 */
export function DateField({ id, label, afterLabel, value, onChange, name, min, error }: Props) {
  const format = useFormat();
  const say = useText();
  // An example day in one language even in the mixed mode: two would not fit the field.
  const [primary] = useTranslators();
  const input = useRef<HTMLInputElement>(null);
  const hintId = `${id}-${useId()}-hint`;
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  const [left, setLeft] = useState(false);
  // A value set from outside (a "clear" button) replaces what was typed.
  if (value !== seen) {
    setSeen(value);
    if (parseTypedDay(text) !== value) setText(value);
  }
  const day = parseTypedDay(text);
  const problem = day === null ? "common.dateField.notADay" : min && day && day < min ? "common.dateField.beforeStart" : null;
  const problemText = problem ? say(problem) : "";
  useEffect(() => input.current?.setCustomValidity(problemText), [problemText]);
  const shown = problem !== null && (left || text.length >= 10);

  return (
    <div className="field date-field">
      <label htmlFor={id}>
        <T {...label} sep="/" />
        {afterLabel ? <> {afterLabel}</> : null}
      </label>
      <input
        ref={input}
        id={id}
        name={name}
        type="text"
        inputMode="numeric"
        dir="ltr"
        autoComplete="off"
        data-date-field=""
        placeholder={primary("common.dateField.placeholder")}
        value={text}
        aria-invalid={shown || error ? true : undefined}
        aria-describedby={hintId}
        onChange={(event) => {
          setText(event.target.value);
          const typed = parseTypedDay(event.target.value);
          if (typed !== null && !(min && typed && typed < min)) onChange(typed);
        }}
        onBlur={() => setLeft(true)}
        onInvalid={() => setLeft(true)}
      />
      <small id={hintId} className={shown || error ? "date-hint error" : "date-hint muted"} aria-live="polite">
        {error ?? (shown && problem ? <T k={problem} /> : day ? format.longDay(day) : <T k="common.dateField.yearFirst" />)}
      </small>
    </div>
  );
}
