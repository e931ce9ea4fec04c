"use client";

import type { InputHTMLAttributes } from "react";
import { userMessage } from "../../trpc/error-message";
import { T } from "./t";

type Label = { ar: string; en: string };

/** A labelled text input: the label in the interface language(s), the input as given. */
export function TextField({ id, label, ...input }: { id: string; label: Label } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className="field">
      <label htmlFor={id}>
        <T ar={label.ar} en={label.en} sep="/" />
      </label>
      <input id={id} {...input} />
    </div>
  );
}

/** Why a form's mutation failed: the invalid field's message when there is one, else the error's. */
export function MutationError({
  error,
}: {
  error: { message: string; data?: { httpStatus?: number; fieldError?: { path: string; message: string } | null } | null } | null;
}) {
  if (!error) return null;
  const field = error.data?.fieldError;
  return (
    <p className="error" role="alert">
      {field ? `${field.path}: ${field.message}` : userMessage(error)}
    </p>
  );
}

/** A form's submit button in its actions row. */
export function SubmitActions({ label, disabled }: { label: Label; disabled?: boolean }) {
  return (
    <div className="actions">
      <button type="submit" disabled={disabled}>
        <T ar={label.ar} en={label.en} />
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
          <th key={c.en}>
            <T ar={c.ar} en={c.en} sep="/" />
          </th>
        ))}
      </tr>
    </thead>
  );
}
