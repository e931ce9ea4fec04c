"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { UserRoleName } from "@marsad/schema/zod";
import { En } from "./en";
import { useText } from "./t";
import { useTranslators } from "./messages-provider";
import { UnreadAlerts } from "./unread-alerts";
import { useUiLanguage } from "./ui-language";

const LINKS = [
  { href: "/", k: "common.siteNav.overview" },
  { href: "/articles", k: "common.siteNav.articles" },
  { href: "/people", k: "common.siteNav.people" },
  { href: "/organizations", k: "common.siteNav.organizations" },
  { href: "/places", k: "common.siteNav.places" },
  { href: "/events", k: "common.siteNav.events" },
  { href: "/network", k: "common.siteNav.network" },
  { href: "/map", k: "common.siteNav.map" },
  { href: "/queue", k: "common.siteNav.queue" },
  { href: "/feeds", k: "common.siteNav.feeds" },
  { href: "/alerts", k: "common.siteNav.alerts" },
  { href: "/watchlists", k: "common.siteNav.watchlists" },
  { href: "/submit", k: "common.siteNav.submit", role: "editor" },
  { href: "/users", k: "common.siteNav.users", role: "admin" },
] as const;

const RANK: Record<UserRoleName, number> = { viewer: 0, editor: 1, admin: 2 };

/** The sections, without those the reader's role cannot use. */
export function SiteNav({ role }: { role: UserRoleName }) {
  const pathname = usePathname();
  const ui = useUiLanguage();
  const [first, second] = useTranslators();
  const text = useText();
  return (
    <nav className="site-nav" aria-label={text("common.siteNav.sections")}>
      {LINKS.filter((link) => !("role" in link) || RANK[role] >= RANK[link.role]).map((link) => {
        const active = pathname === link.href || pathname.startsWith(`${link.href}/`);
        return (
          <Link
            key={link.href}
            href={link.href}
            className={active ? "active" : undefined}
            aria-current={active ? "page" : undefined}
          >
            {ui === "en" ? <span lang="en">{first(link.k)}</span> : first(link.k)}
            {ui === "both" && second ? (
              <>
                {" "}
                <span className="nav-en">
                  <En>{second?.(link.k)}</En>
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
