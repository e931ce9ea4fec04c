"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTRPC } from "../../trpc/react";
import { SubmitActions } from "../_components/form-parts";
import { T } from "../_components/t";
import { useCan } from "../_components/use-can";
import { FieldProblem } from "../_components/field-problem";
import { UserMessage } from "../_components/user-message";
import { FeedFields } from "./feed-fields";
import { FeedTable } from "./feed-table";

/** How often the list re-reads poll status (polls run in the worker, on their own schedule). */
const FEEDS_REFRESH_MS = 5000;

export function FeedsPanel() {
  const canManage = useCan("manageFeeds");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [url, setUrl] = useState("");
  const [intervalMinutes, setIntervalMinutes] = useState("30");
  const feeds = useQuery(trpc.feeds.list.queryOptions(undefined, { refetchInterval: FEEDS_REFRESH_MS }));
  const register = useMutation(
    trpc.feeds.register.mutationOptions({
      onSuccess: async () => {
        setUrl("");
        await queryClient.invalidateQueries(trpc.feeds.list.pathFilter());
      },
    }),
  );
  const fieldError = register.error?.data?.fieldError ?? null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    register.mutate({ url: url.trim(), intervalMinutes: Number(intervalMinutes) });
  }

  return (
    <>
      {canManage ? null : (
        <p className="muted" data-testid="feeds-admin-only">
          <T k="feeds.feedsPanel.registeringFeedsIsForAdmins" />
        </p>
      )}
      {canManage ? (
        <form className="panel form" onSubmit={onSubmit} noValidate>
          <div className="field-row">
            <FeedFields
              ids={{ url: "feed-url", interval: "feed-interval" }}
              url={url}
              onUrl={setUrl}
              minutes={intervalMinutes}
              onMinutes={setIntervalMinutes}
              urlPlaceholder="https://…/rss.xml"
              urlInvalid={fieldError?.path === "url"}
            />
          </div>
          {register.error ? (
            <p className="error" role="alert" dir="auto">
              <T k="feeds.feedsPanel.couldNotRegister" />{" "}
              {fieldError ? <FieldProblem error={fieldError} named /> : <UserMessage error={register.error} />}
            </p>
          ) : null}
          {register.data ? (
            <p className="muted" role="status" data-testid="feed-registered">
              <T
                k={
                  register.data.created
                    ? "feeds.feedsPanel.feedRegistered"
                    : "feeds.feedsPanel.alreadyRegistered"
                }
              />
            </p>
          ) : null}
          <SubmitActions label={{ k: "feeds.feedsPanel.register" }} disabled={register.isPending} />
        </form>
      ) : null}
      <FeedTable feeds={feeds} canManage={canManage} />
    </>
  );
}
