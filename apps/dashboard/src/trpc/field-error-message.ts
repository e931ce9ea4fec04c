import type { MessageKey, MessageValues } from "../i18n/message-key";

/** The invalid field the API names beside a refusal (see @marsad/api's FieldError). */
export interface FieldErrorData {
  path: string;
  message: string;
  code?: string | undefined;
  origin?: string | undefined;
  limit?: number | undefined;
  format?: string | undefined;
}

/** Fields the forms send, named in the catalogues (`errors.fields.*`). */
const FIELD_NAMES: Record<string, MessageKey> = {
  text: "errors.fields.text",
  title: "errors.fields.title",
  source: "errors.fields.source",
  url: "errors.fields.url",
  publishedAt: "errors.fields.publishedAt",
  username: "errors.fields.username",
  password: "errors.fields.password",
  currentPassword: "errors.fields.currentPassword",
  newPassword: "errors.fields.newPassword",
  role: "errors.fields.role",
  name: "errors.fields.name",
  intervalMinutes: "errors.fields.intervalMinutes",
  webhookUrl: "errors.fields.webhookUrl",
};

export function fieldNameKey(path: string): MessageKey | null {
  return FIELD_NAMES[path] ?? null;
}

/**
 * What is wrong with a field, from the API's issue code, in the catalogues' words rather than
 * zod's English. A refinement of the schema's own (code `custom`) has no code to go by: the
 * general message, with the English explanation kept as `detail`.
 */
export function fieldErrorMessage(error: FieldErrorData): { key: MessageKey; values?: MessageValues; detail: string | null } {
  const limit = error.limit ?? 0;
  switch (error.code) {
    case "too_small":
      if (error.origin === "string") return limit <= 1 ? { key: "errors.field.empty", detail: null } : { key: "errors.field.tooShort", values: { characters: limit }, detail: null };
      if (error.origin === "array" || error.origin === "set") return { key: "errors.field.empty", detail: null };
      return { key: "errors.field.tooLow", values: { limit }, detail: null };
    case "too_big":
      if (error.origin === "string") return { key: "errors.field.tooLong", values: { characters: limit }, detail: null };
      return { key: "errors.field.tooHigh", values: { limit }, detail: null };
    case "invalid_format":
      return { key: error.format === "url" ? "errors.field.url" : "errors.field.format", detail: null };
    case "invalid_type":
      return { key: "errors.field.wrongType", detail: null };
    case "invalid_value":
      return { key: "errors.field.notAChoice", detail: null };
    case "unrecognized_keys":
      return { key: "errors.field.unknownField", detail: error.message };
    default:
      return { key: "errors.field.invalid", detail: error.message };
  }
}
