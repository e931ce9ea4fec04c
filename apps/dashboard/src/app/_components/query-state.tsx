import { userMessage } from "../../trpc/error-message";
import { En } from "./en";
import { T } from "./t";

/** The one "loading" line every data panel shows while its query runs. */
export function Loading() {
  return (
    <p className="panel muted" role="status">
      <T ar="جارٍ التحميل…" en="Loading…" />
    </p>
  );
}

/** A failed query: what could not be loaded, why (for 4xx), and a retry button. */
export function LoadError({
  what,
  error,
  retry,
}: {
  what: { ar: string; en: string };
  error: { message: string; data?: { httpStatus?: number } | null };
  retry: () => void;
}) {
  return (
    <div className="panel error" role="alert">
      <p>
        <T ar={<>تعذّر تحميل {what.ar}</>} en={<>Could not load {what.en}:</>} /> <En>{userMessage(error)}</En>
      </p>
      <button type="button" onClick={retry}>
        <T ar="إعادة المحاولة" en="Retry" />
      </button>
    </div>
  );
}
