import { T } from "./t";

const CREATE_ADMIN = "pnpm marsad users add NAME --role admin";

/** Development with no users: everything is open, and every page says so. */
export function OpenModeBanner() {
  return (
    <p className="open-mode-banner" role="status" data-testid="open-mode-banner">
      <T k="common.accessNotices.openMode" values={{ command: CREATE_ADMIN }} />
    </p>
  );
}

/** Production with no users: nothing is shown until the first admin exists. */
export function NoUsersNotice() {
  return (
    <section className="panel" data-testid="no-users-notice">
      <h1>
        <T k="common.accessNotices.noUsersConfigured" />
      </h1>
      <p>
        <T
          k="common.accessNotices.thisServerRunsInProduction"
        />
      </p>
      <pre dir="ltr">{CREATE_ADMIN}</pre>
      <p>
        <T
          k="common.accessNotices.orSetMarsadAdminPassword"
        />
      </p>
    </section>
  );
}
