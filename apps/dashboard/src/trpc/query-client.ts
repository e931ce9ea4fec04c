import { QueryClient } from "@tanstack/react-query";

export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Pages poll while articles are being processed; a short stale time keeps navigation fresh.
        staleTime: 1000,
        retry: (failureCount, error) => {
          // A 4xx (bad id, not found) will not get better by asking again.
          const status = (error as { data?: { httpStatus?: number } } | null)?.data?.httpStatus;
          if (status !== undefined && status >= 400 && status < 500) return false;
          return failureCount < 2;
        },
      },
    },
  });
}
