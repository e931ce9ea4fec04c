import type { MessageKey } from "../i18n/message-key";

/** The part of a tRPC client error the interface reads. */
export interface FailedCall {
  message: string;
  data?: { httpStatus?: number; code?: string } | null;
}

/** tRPC error codes with a message of their own in the catalogues (`errors.*`). */
const CODE_KEYS: Record<string, MessageKey> = {
  BAD_REQUEST: "errors.badRequest",
  UNAUTHORIZED: "errors.unauthorized",
  FORBIDDEN: "errors.forbidden",
  NOT_FOUND: "errors.notFound",
  CONFLICT: "errors.conflict",
  TOO_MANY_REQUESTS: "errors.tooManyRequests",
  PAYLOAD_TOO_LARGE: "errors.payloadTooLarge",
  PRECONDITION_FAILED: "errors.preconditionFailed",
  UNPROCESSABLE_CONTENT: "errors.badRequest",
  TIMEOUT: "errors.timeout",
};

/**
 * What to tell a person about a failed tRPC call: a catalogue key for its kind, and for a client
 * error (4xx) the server's own explanation, written for them. A server error's message can be a
 * raw driver error (SQL and all), so it is never shown.
 */
export function userMessageKey(error: FailedCall): { key: MessageKey; detail: string | null } {
  const status = error.data?.httpStatus;
  if (status === undefined) return { key: "errors.unreachable", detail: null };
  if (status >= 400 && status < 500) {
    return { key: CODE_KEYS[error.data?.code ?? ""] ?? "errors.badRequest", detail: error.message || null };
  }
  return { key: "errors.serverFailed", detail: null };
}
