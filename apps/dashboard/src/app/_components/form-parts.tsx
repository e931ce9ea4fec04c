"use client";

import type { InputHTMLAttributes } from "react";
import type { Label } from "../../i18n/message-key";
import type { FieldErrorData } from "../../trpc/field-error-message";
import { FieldProblem } from "./field-problem";
import { UserMessage } from "./user-message";
import { T } from "./t";

/** A labelled text input: the label in the interface language(s), the input as given. */
export function TextField({ id, label, ...input }: { id: string; label: Label } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className="field">
      <label htmlFor={id}>
        <T {...label} sep="/" />
      </label>
      <input id={id} {...input} />
    </div>
  );
}

/** Why a form's mutation failed: the invalid field's message when there is one, else the error's. */
export function MutationError({
  error,
}: {
  error: { message: string; data?: { httpStatus?: number; fieldError?: FieldErrorData | null } | null } | null;
}) {
  if (!error) return null;
  const field = error.data?.fieldError;
  return (
    <p className="error" role="alert">
      {field ? <FieldProblem error={field} named /> : <UserMessage error={error} />}
    </p>
  );
}

/** A form's submit button in its actions row. */
export function SubmitActions({ label, disabled }: { label: Label; disabled?: boolean }) {
  return (
    <div className="actions">
      <button type="submit" disabled={disabled}>
        <T {...label} />
      </button>
    </div>
  );
}

/** A table's header row from its column labels. */
export function HeaderRow({ columns }: { columns: Label[] }) {
  return (
    <thead>
      <tr>
        {columns.map((c) => (
          <th key={c.k}>
            <T {...c} sep="/" />
          </th>
        ))}
      </tr>
    </thead>
  );
}
