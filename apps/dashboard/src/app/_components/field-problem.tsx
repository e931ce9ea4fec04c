"use client";

import { fieldErrorMessage, fieldNameKey, type FieldErrorData } from "../../trpc/field-error-message";
import { En } from "./en";
import { T } from "./t";
import { useUiLanguage } from "./ui-language";

/**
 * What the server found wrong with a field, in the interface language: "الرابط: يجب أن يكون رابط
 * http(s)". `named` puts the field's name first (for a message away from its field). A check with
 * no code of its own adds the server's English explanation, outside the Arabic-only mode.
 */
export function FieldProblem({ error, named }: { error: FieldErrorData; named?: boolean }) {
  const ui = useUiLanguage();
  const { key, values, detail } = fieldErrorMessage(error);
  const name = named ? fieldNameKey(error.path) : null;
  return (
    <span data-error-code={error.code ?? "unknown"} title={error.message}>
      {name ? (
        <>
          <T k={name} />:{" "}
        </>
      ) : null}
      <T k={key} values={values} />
      {detail && ui !== "ar" ? (
        <>
          {" "}
          (<En>{detail}</En>)
        </>
      ) : null}
    </span>
  );
}
