import type { MessageKeys, NestedKeyOf } from "next-intl";
import type { Messages } from "./messages";

/** A full dotted key of a message in the catalogues, e.g. `common.siteNav.people`. */
export type MessageKey = MessageKeys<Messages, NestedKeyOf<Messages>>;

/**
 * Values a message's `{placeholders}` take. A `{ k }` value is itself a message, read in the same
 * language as the message around it ("Could not load {what}" → "the articles" / "المقالات"); a
 * `{ country }` value is an ISO code, named in that language ("مصر" / "Egypt").
 */
export type MessageValues = Record<string, string | number | { k: MessageKey } | { country: string }>;

/** A label handed to a component: a message and its values. */
export interface Label {
  k: MessageKey;
  values?: MessageValues;
}
