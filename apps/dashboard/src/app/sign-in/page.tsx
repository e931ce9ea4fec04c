import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeReturnPath } from "../../server/http/return-path";
import { pageAccess } from "../../trpc/server";
import { TextField } from "../_components/form-parts";
import { T } from "../_components/t";

export const metadata: Metadata = { title: "الدخول · Sign in" };

type Params = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

function Problem({ error, retry }: { error: string | undefined; retry: string | undefined }) {
  if (!error) return null;
  const text = {
    invalid: { ar: "اسم المستخدم أو كلمة المرور غير صحيحة.", en: "Wrong username or password." },
    missing: { ar: "أدخل اسم المستخدم وكلمة المرور.", en: "Enter a username and a password." },
    limited: {
      ar: `محاولات كثيرة؛ أعد المحاولة بعد ${retry ?? "?"} ثانية.`,
      en: `Too many attempts; try again in ${retry ?? "?"} seconds.`,
    },
    crossSite: { ar: "رُفض طلب من موقع آخر.", en: "A request from another site was refused." },
  }[error] ?? { ar: "تعذّر الدخول.", en: "Could not sign in." };
  return (
    <p className="error" role="alert" data-testid="sign-in-error">
      <T ar={text.ar} en={text.en} />
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
        <T ar="الدخول إلى مرصد" en="Sign in to Marsad" />
      </h1>
      {one(params.signedOut) ? (
        <p className="muted" role="status">
          <T ar="خرجت من الحساب." en="You are signed out." />
        </p>
      ) : null}
      <Problem error={one(params.error)} retry={one(params.retry)} />
      <form method="post" action="/api/auth/sign-in" className="panel form">
        <input type="hidden" name="next" value={next} />
        <TextField
          id="username"
          name="username"
          label={{ ar: "اسم المستخدم", en: "Username" }}
          dir="ltr"
          autoComplete="username"
          required
          defaultValue={one(params.username) ?? ""}
          autoFocus
        />
        <TextField
          id="password"
          name="password"
          label={{ ar: "كلمة المرور", en: "Password" }}
          type="password"
          dir="ltr"
          autoComplete="current-password"
          required
        />
        <div className="actions">
          <button type="submit">
            <T ar="دخول" en="Sign in" />
          </button>
        </div>
      </form>
    </section>
  );
}
