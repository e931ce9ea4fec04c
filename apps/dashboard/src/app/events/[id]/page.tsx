import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { serverCaller } from "../../../trpc/server";
import { EventDetail } from "./event-detail";
import { pageMetadata } from "../../../i18n/page-metadata";

export const generateMetadata = () => pageMetadata("titles.event");

export default async function EventPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  let event;
  try {
    event = await (await serverCaller()).events.byId({ id });
  } catch (error) {
    // Not a UUID, or no such event: both are "this page does not exist".
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      notFound();
    throw error;
  }
  return <EventDetail event={event} />;
}
