// The account rules (users, passwords, sessions, API tokens, permissions) live in @marsad/accounts,
// below the API, so the worker's first start and the CLI use them without tRPC; the routers and the
// dashboard keep importing them from here.
export * from "@marsad/accounts";
