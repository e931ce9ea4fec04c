import { redirect } from "next/navigation";
import { safeReturnPath } from "../../server/http/return-path";
import { pageAccess } from "../../trpc/server";
import { TextField } from "../_components/form-parts";
import type { Label } from "../../i18n/message-key";
import { T } from "../_components/t";
import { pageMetadata } from "../../i18n/page-metadata";

export const generateMetadata = () => pageMetadata("titles.signIn");

type Params = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

function Problem({ error, retry }: { error: string | undefined; retry: string | undefined }) {
  if (!error) return null;
  // The wait the rate limiter gave, in whole seconds; a missing or odd value says "later".
  const seconds = /^\d+$/.test(retry ?? "") ? Number(retry) : null;
  const problems: Record<string, Label> = {
    invalid: { k: "signIn.page.wrongUsernameOrPassword" },
    missing: { k: "signIn.page.enterAUsernameAndA" },
    limited: seconds ? { k: "signIn.page.tooManyAttempts", values: { seconds } } : { k: "signIn.page.tooManyAttemptsLater" },
    crossSite: { k: "signIn.page.aRequestFromAnotherSite" },
  };
  const text = problems[error] ?? { k: "signIn.page.couldNotSignIn" };
  return (
    <p className="error" role="alert" data-testid="sign-in-error">
      <T {...text} />
    </p>
  );
}

/** The sign-in form: a plain POST, so it works before any script has loaded. */
export default async function SignInPage({ searchParams }: { searchParams: Params }) {
  const params = await searchParams;
  const next = safeReturnPath(one(params.next));
  const access = await pageAccess();
  if (access.kind === "user" || access.kind === "open") redirect(next);
  if (access.reason === "noUsers") redirect("/");
  return (
    <section className="sign-in">
      <h1>
        <T k="signIn.page.signInToMarsad" />
      </h1>
      {one(params.signedOut) ? (
        <p className="muted" role="status">
          <T k="signIn.page.youAreSignedOut" />
        </p>
      ) : null}
      <Problem error={one(params.error)} retry={one(params.retry)} />
      <form method="post" action="/api/auth/sign-in" className="panel form">
        <input type="hidden" name="next" value={next} />
        <TextField
          id="username"
          name="username"
          label={{ k: "signIn.page.username" }}
          dir="ltr"
          autoComplete="username"
          required
          defaultValue={one(params.username) ?? ""}
          autoFocus
        />
        <TextField
          id="password"
          name="password"
          label={{ k: "signIn.page.password" }}
          type="password"
          dir="ltr"
          autoComplete="current-password"
          required
        />
        <div className="actions">
          <button type="submit">
            <T k="signIn.page.signIn" />
          </button>
        </div>
      </form>
    </section>
  );
}
