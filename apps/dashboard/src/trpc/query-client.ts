import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";

const statusOf = (error: unknown) => (error as { data?: { httpStatus?: number } } | null)?.data?.httpStatus;

/** A session that ended while the page was open (expired, signed out elsewhere): go and sign in again. */
function signInAgainOn401(error: unknown): void {
  if (typeof window === "undefined" || statusOf(error) !== 401) return;
  const next = window.location.pathname + window.location.search;
  window.location.assign(`/sign-in?${new URLSearchParams({ next }).toString()}`);
}

export function makeQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: signInAgainOn401 }),
    mutationCache: new MutationCache({ onError: signInAgainOn401 }),
    defaultOptions: {
      queries: {
        // Pages poll while articles are being processed; a short stale time keeps navigation fresh.
        staleTime: 1000,
        retry: (failureCount, error) => {
          // A 4xx (bad id, not found, signed out) will not get better by asking again.
          const status = statusOf(error);
          if (status !== undefined && status >= 400 && status < 500) return false;
          return failureCount < 2;
        },
      },
    },
  });
}
