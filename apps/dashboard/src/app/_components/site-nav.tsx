"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { UserRoleName } from "@marsad/schema/zod";
import { En } from "./en";
import { UnreadAlerts } from "./unread-alerts";
import { useUiLanguage } from "./ui-language";

const LINKS = [
  { href: "/", ar: "نظرة عامة", en: "Overview" },
  { href: "/articles", ar: "المقالات", en: "Articles" },
  { href: "/people", ar: "الأشخاص", en: "People" },
  { href: "/organizations", ar: "الجهات", en: "Organizations" },
  { href: "/places", ar: "الأماكن", en: "Places" },
  { href: "/events", ar: "الأحداث", en: "Events" },
  { href: "/network", ar: "الشبكة", en: "Network" },
  { href: "/map", ar: "الخريطة", en: "Map" },
  { href: "/queue", ar: "الطابور", en: "Queue" },
  { href: "/feeds", ar: "الخلاصات", en: "Feeds" },
  { href: "/alerts", ar: "التنبيهات", en: "Alerts" },
  { href: "/watchlists", ar: "المتابعات", en: "Watchlists" },
  { href: "/submit", ar: "إرسال", en: "Submit", role: "editor" },
  { href: "/users", ar: "المستخدمون", en: "Users", role: "admin" },
] as const;

const RANK: Record<UserRoleName, number> = { viewer: 0, editor: 1, admin: 2 };

/** The sections, without those the reader's role cannot use. */
export function SiteNav({ role }: { role: UserRoleName }) {
  const pathname = usePathname();
  const ui = useUiLanguage();
  return (
    <nav className="site-nav" aria-label="الأقسام · Sections">
      {LINKS.filter((link) => !("role" in link) || RANK[role] >= RANK[link.role]).map((link) => {
        const active = pathname === link.href || pathname.startsWith(`${link.href}/`);
        return (
          <Link
            key={link.href}
            href={link.href}
            className={active ? "active" : undefined}
            aria-current={active ? "page" : undefined}
          >
            {ui === "en" ? <span lang="en">{link.en}</span> : link.ar}
            {ui === "both" ? (
              <>
                {" "}
                <span className="nav-en">
                  <En>{link.en}</En>
                </span>
              </>
            ) : null}
            {link.href === "/alerts" ? <UnreadAlerts /> : null}
          </Link>
        );
      })}
    </nav>
  );
}
