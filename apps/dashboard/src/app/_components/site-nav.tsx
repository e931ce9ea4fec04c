"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { En } from "./en";
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
  { href: "/submit", ar: "إرسال", en: "Submit" },
] as const;

export function SiteNav() {
  const pathname = usePathname();
  const ui = useUiLanguage();
  return (
    <nav className="site-nav" aria-label="الأقسام · Sections">
      {LINKS.map((link) => {
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
          </Link>
        );
      })}
    </nav>
  );
}
