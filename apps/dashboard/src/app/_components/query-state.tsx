import { userMessage } from "../../trpc/error-message";
import { En } from "./en";

/** The one "loading" line every data panel shows while its query runs. */
export function Loading() {
  return (
    <p className="panel muted" role="status">
      جارٍ التحميل… · <En>Loading…</En>
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
        تعذّر تحميل {what.ar} · <En>Could not load {what.en}:</En> <En>{userMessage(error)}</En>
      </p>
      <button type="button" onClick={retry}>
        إعادة المحاولة · <En>Retry</En>
      </button>
    </div>
  );
}
