import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { serverCaller } from "../../../trpc/server";
import { EntityProfile } from "./entity-profile";
import { pageMetadata } from "../../../i18n/page-metadata";

export const generateMetadata = () => pageMetadata("titles.profile");

export default async function EntityPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  let profile;
  try {
    profile = await (await serverCaller()).entities.byId({ id });
  } catch (error) {
    // Not a UUID, or no such entity: both are "this page does not exist".
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      notFound();
    throw error;
  }
  return <EntityProfile initial={profile} />;
}
