import type { Metadata } from "next";
import { T } from "../_components/t";
import { AccountPanel } from "./account-panel";

export const metadata: Metadata = { title: "الحساب · Account" };

export default function AccountPage() {
  return (
    <section>
      <h1>
        <T ar="حسابي" en="My account" />
      </h1>
      <AccountPanel />
    </section>
  );
}
