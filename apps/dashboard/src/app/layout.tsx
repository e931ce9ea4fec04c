// Only the Arabic subset: Latin text falls through to the system sans-serif, which reads better.
import "@fontsource/noto-naskh-arabic/arabic-400.css";
import "@fontsource/noto-naskh-arabic/arabic-700.css";
import "./globals.css";
import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { TRPCReactProvider } from "../trpc/react";
import { En } from "./_components/en";
import { SiteNav } from "./_components/site-nav";

export const metadata: Metadata = {
  title: { default: "مرصد · Marsad", template: "%s · مرصد Marsad" },
  description: "Marsad: news intelligence from Arabic and English articles.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request: the CSP nonce (src/proxy.ts) is new on each one.
  await connection();
  return (
    <html lang="ar" dir="rtl">
      <body>
        <TRPCReactProvider>
          <header className="site-header">
            <Link href="/articles" className="brand">
              مرصد{" "}
              <span className="brand-en">
                <En>Marsad</En>
              </span>
            </Link>
            <SiteNav />
          </header>
          <main className="site-main">{children}</main>
        </TRPCReactProvider>
      </body>
    </html>
  );
}
