// Only the Arabic subset: Latin text falls through to the system sans-serif, which reads better.
import "@fontsource/noto-naskh-arabic/arabic-400.css";
import "@fontsource/noto-naskh-arabic/arabic-700.css";
import "./globals.css";
import type { Metadata } from "next";
import Link from "next/link";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { Suspense, type ReactNode } from "react";
import { PAGE_PATH_HEADER } from "../server/page-path";
import { documentLanguage, parseUiLanguage, UI_LANGUAGE_COOKIE } from "../lib/ui-language";
import { TRPCReactProvider } from "../trpc/react";
import { pageAccess } from "../trpc/server";
import { NoUsersNotice, OpenModeBanner } from "./_components/access-notices";
import { AccountMenu } from "./_components/account-menu";
import { T } from "./_components/t";
import { LanguageSwitch } from "./_components/language-switch";
import { SiteNav } from "./_components/site-nav";
import { UiLanguageProvider } from "./_components/ui-language";
import { MessagesProvider } from "./_components/messages-provider";
import { QueryActivity } from "./_components/query-activity";
import { getLocale, getMessages } from "next-intl/server";
import { serverText } from "../i18n/page-metadata";

export async function generateMetadata(): Promise<Metadata> {
  const name = await serverText("brand.name");
  return { title: { default: name, template: `%s · ${name}` }, description: await serverText("brand.description") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request: the CSP nonce (src/proxy.ts) is new on each one.
  await connection();
  const ui = parseUiLanguage((await cookies()).get(UI_LANGUAGE_COOKIE)?.value);
  const { lang, dir } = documentLanguage(ui);
  // next-intl's request config (src/i18n/request.ts) reads the same cookie.
  const locale = await getLocale();
  const messages = await getMessages();
  // The `both` mode shows every message in Arabic and, beside it, in English.
  const english = ui === "both" ? await getMessages({ locale: "en" }) : null;
  // Set by src/proxy.ts from the URL on every page request (a client's own value is replaced);
  // absent, this is not known to be the sign-in page, so the guard below applies.
  const path = (await headers()).get(PAGE_PATH_HEADER);
  const signingIn = path !== null && (path === "/sign-in" || path.startsWith("/sign-in?"));
  const access = await pageAccess();
  // A quick check for whole pages; every query is checked again by its tRPC procedure.
  if (!signingIn && access.kind === "anonymous" && access.reason !== "noUsers") {
    redirect(`/sign-in?${new URLSearchParams({ next: path ?? "/" }).toString()}`);
  }
  const role = access.kind === "user" ? access.principal.role : access.kind === "open" ? "admin" : null;
  let content = children;
  if (!signingIn && access.kind === "anonymous") content = <NoUsersNotice />;
  return (
    <html lang={lang} dir={dir} data-ui={ui}>
      <body>
        <UiLanguageProvider value={ui}>
          <MessagesProvider locale={locale} messages={messages} english={english}>
          <TRPCReactProvider>
            <a href="#main" className="skip-link">
              <T k="layout.skipToContent" />
            </a>
            <header className="site-header">
              <Link href="/articles" className="brand">
                <T k="brand.name" />
              </Link>
              {role ? <SiteNav role={role} /> : null}
              <Suspense fallback={null}>
                <LanguageSwitch />
              </Suspense>
              <AccountMenu access={access} />
            </header>
            {access.kind === "open" ? <OpenModeBanner /> : null}
            <main className="site-main" id="main" tabIndex={-1}>
              {content}
            </main>
            <QueryActivity />
          </TRPCReactProvider>
          </MessagesProvider>
        </UiLanguageProvider>
      </body>
    </html>
  );
}
