// Only the Arabic subset: Latin text falls through to the system sans-serif, which reads better.
import "@fontsource/noto-naskh-arabic/arabic-400.css";
import "@fontsource/noto-naskh-arabic/arabic-700.css";
import "./globals.css";
import type { Metadata } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { connection } from "next/server";
import { Suspense, type ReactNode } from "react";
import { documentLanguage, parseUiLanguage, UI_LANGUAGE_COOKIE } from "../lib/ui-language";
import { TRPCReactProvider } from "../trpc/react";
import { En } from "./_components/en";
import { LanguageSwitch } from "./_components/language-switch";
import { SiteNav } from "./_components/site-nav";
import { UiLanguageProvider } from "./_components/ui-language";

export const metadata: Metadata = {
  title: { default: "مرصد · Marsad", template: "%s · مرصد Marsad" },
  description: "Marsad: news intelligence from Arabic and English articles.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request: the CSP nonce (src/proxy.ts) is new on each one.
  await connection();
  const ui = parseUiLanguage((await cookies()).get(UI_LANGUAGE_COOKIE)?.value);
  const { lang, dir } = documentLanguage(ui);
  return (
    <html lang={lang} dir={dir} data-ui={ui}>
      <body>
        <UiLanguageProvider value={ui}>
          <TRPCReactProvider>
            <header className="site-header">
              <Link href="/articles" className="brand">
                مرصد{" "}
                <span className="brand-en">
                  <En>Marsad</En>
                </span>
              </Link>
              <SiteNav />
              <Suspense fallback={null}>
                <LanguageSwitch />
              </Suspense>
            </header>
            <main className="site-main">{children}</main>
          </TRPCReactProvider>
        </UiLanguageProvider>
      </body>
    </html>
  );
}
