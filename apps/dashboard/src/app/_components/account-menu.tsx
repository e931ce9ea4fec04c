import Link from "next/link";
import type { Access } from "@marsad/api";
import { T } from "./t";

/** The signed-in user in the header: who, with what role, their account, and sign-out. */
export function AccountMenu({ access }: { access: Access }) {
  if (access.kind !== "user") return null;
  const { username, role } = access.principal;
  return (
    <div className="account-menu">
      <Link href="/account" data-testid="account-link">
        <span dir="ltr">{username}</span> (<T k={`enums.role.${role}`} sep="/" />)
      </Link>
      <form method="post" action="/api/auth/sign-out">
        <button type="submit" className="link-button">
          <T k="common.accountMenu.signOut" sep="/" />
        </button>
      </form>
    </div>
  );
}
