import type { Label } from "../../i18n/message-key";
import { T } from "./t";
import { UserMessage } from "./user-message";

/** The one "loading" line every data panel shows while its query runs. */
export function Loading() {
  return (
    <p className="panel muted" role="status">
      <T k="common.queryState.loading" />
    </p>
  );
}

/** A failed query: what could not be loaded, why (for 4xx), and a retry button. */
export function LoadError({
  what,
  error,
  retry,
}: {
  what: Label;
  error: { message: string; data?: { httpStatus?: number } | null };
  retry: () => void;
}) {
  return (
    <div className="panel error" role="alert">
      <p>
        <T k="common.queryState.couldNotLoad" values={{ what: { k: what.k } }} /> <UserMessage error={error} />
      </p>
      <button type="button" onClick={retry}>
        <T k="common.queryState.retry" />
      </button>
    </div>
  );
}
