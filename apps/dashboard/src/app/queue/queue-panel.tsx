"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { articleLabel } from "../../lib/article-label";
import { latestFailurePerArticle } from "../../lib/queue-failures";
import { useTRPC } from "../../trpc/react";
import { LocalTime } from "../_components/local-time";
import { T, useText } from "../_components/t";
import { useCan } from "../_components/use-can";
import { UserMessage } from "../_components/user-message";

/** How often the queue page asks BullMQ again: often enough to watch a batch move through. */
const QUEUE_REFRESH_MS = 2000;

const STATE_LABELS = {
  waiting: { k: "queue.queuePanel.waiting" },
  active: { k: "queue.queuePanel.active" },
  completed: { k: "queue.queuePanel.completed" },
  failed: { k: "queue.queuePanel.failed" },
  delayed: { k: "queue.queuePanel.delayed" },
} as const;

export function QueuePanel() {
  const canManage = useCan("manageQueue");
  const trpc = useTRPC();
  const say = useText();
  const queryClient = useQueryClient();
  const overview = useQuery(
    trpc.queue.overview.queryOptions(undefined, { refetchInterval: QUEUE_REFRESH_MS }),
  );
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.queue.overview.queryKey() });
  // Remove asks first (it cannot be undone) and every action says what it did.
  const [confirming, setConfirming] = useState<string | null>(null);
  const [done, setDone] = useState<{ kind: "retried" | "removed"; id: string } | null>(null);
  const retry = useMutation(
    trpc.queue.retry.mutationOptions({ onSettled: refresh, onSuccess: (r) => setDone({ kind: "retried", id: r.id }) }),
  );
  const remove = useMutation(
    trpc.queue.remove.mutationOptions({
      onSettled: refresh,
      onSuccess: (r) => {
        setConfirming(null);
        setDone({ kind: "removed", id: r.id });
      },
    }),
  );

  if (overview.isPending) {
    return (
      <p className="panel muted" role="status">
        <T k="queue.queuePanel.loading" />
      </p>
    );
  }
  if (overview.isError) {
    return (
      <div className="panel error" role="alert">
        <T k="queue.queuePanel.couldNotReadQueue" /> <UserMessage error={overview.error} />
      </div>
    );
  }
  const { counts, active } = overview.data;
  const failed = latestFailurePerArticle(overview.data.failed);
  const actionError = retry.error ?? remove.error;

  return (
    <>
      <ul className="queue-counts" data-testid="queue-counts">
        {(Object.keys(STATE_LABELS) as (keyof typeof STATE_LABELS)[]).map((state) => (
          <li key={state} className={`panel queue-count ${state}${counts[state] ? " some" : ""}`} data-state={state}>
            <span className="muted">
              <T {...STATE_LABELS[state]} />
            </span>
            <strong data-testid={`count-${state}`}>{counts[state]}</strong>
          </li>
        ))}
      </ul>

      <section className="panel" data-testid="feeds-queue">
        <h2>
          <T k="queue.queuePanel.feedsQueue" />
        </h2>
        <ul className="status-counts">
          {(Object.keys(STATE_LABELS) as (keyof typeof STATE_LABELS)[]).map((state) => (
            <li key={state} data-state={state}>
              <span className="muted">
                <T {...STATE_LABELS[state]} />
              </span>{" "}
              <strong data-testid={`feeds-count-${state}`}>{overview.data.feeds.counts[state]}</strong>
            </li>
          ))}
        </ul>
      </section>

      <section className="panel">
        <h2>
          <T k="queue.queuePanel.runningNow" />
        </h2>
        {active.length === 0 ? (
          <p className="muted">
            <T k="queue.queuePanel.noJobIsRunning" />
          </p>
        ) : (
          <table className="jobs-table">
            <thead>
              <tr>
                <th>
                  <T k="queue.queuePanel.article" />
                </th>
                <th>
                  <T k="queue.queuePanel.started" />
                </th>
                <th>
                  <T k="queue.queuePanel.progress" />
                </th>
              </tr>
            </thead>
            <tbody>
              {active.map((job) => (
                <tr key={job.id}>
                  <td>
                    <JobArticle job={job} />
                  </td>
                  <td>{job.startedAt ? <LocalTime value={new Date(job.startedAt)} /> : "—"}</td>
                  <td>
                    {job.progress === null ? (
                      <progress className="progress" aria-label={say("queue.queuePanel.progress")} />
                    ) : (
                      <progress className="progress" max={100} value={job.progress} aria-label={say("queue.queuePanel.progress")} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="panel" data-testid="failed-jobs">
        <h2>
          <T k="queue.queuePanel.failedJobs" />
        </h2>
        {actionError ? (
          <p className="error" role="alert">
            <UserMessage error={actionError} />
          </p>
        ) : null}
        {done ? (
          <p className="notice" role="status" data-testid="queue-action-result">
            {done.kind === "retried" ? (
              <T k="queue.queuePanel.theJobIsWaitingAgain" />
            ) : (
              <T k="queue.queuePanel.theJobWasRemovedThe" />
            )}
          </p>
        ) : null}
        {failed.length === 0 ? (
          <p className="muted">
            <T k="queue.queuePanel.noFailedJobs" />
          </p>
        ) : (
          <table className="jobs-table">
            <thead>
              <tr>
                <th>
                  <T k="queue.queuePanel.article" />
                </th>
                <th>
                  <T k="queue.queuePanel.error" />
                </th>
                <th>
                  <T k="queue.queuePanel.attempts" />
                </th>
                <th>
                  <T k="queue.queuePanel.failedAt" />
                </th>
                {canManage ? (
                  <th>
                    <span className="visually-hidden">
                      <T k="queue.queuePanel.actions" />
                    </span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {failed.map((job) => (
                <tr key={job.id} data-job-id={job.id} data-failures={job.failures}>
                  <td>
                    <JobArticle job={job} />
                  </td>
                  <td className="reason">
                    <FailureReason reason={job.failedReason} />
                  </td>
                  <td>
                    <bdi dir="ltr">
                      {job.attemptsMade} / {job.attemptsAllowed}
                    </bdi>
                    {job.failures > 1 ? (
                      <span className="muted small">
                        {" "}
                        (<T k="queue.queuePanel.failedInRuns" values={{ count: job.failures }} />)
                      </span>
                    ) : null}
                  </td>
                  <td>{job.finishedAt ? <LocalTime value={new Date(job.finishedAt)} /> : "—"}</td>
                  {canManage ? (
                    <td>
                      <div className="row-actions">
                        <button
                          type="button"
                          className="button small-button"
                          disabled={retry.isPending}
                          onClick={() => retry.mutate({ id: job.id })}
                        >
                          <T k="queue.queuePanel.retry" />
                        </button>
                        {confirming === job.id ? (
                          <>
                            <button
                              type="button"
                              className="button danger small-button"
                              disabled={remove.isPending}
                              onClick={() => remove.mutate({ id: job.id })}
                            >
                              <T k="queue.queuePanel.confirmRemove" />
                            </button>
                            <button type="button" className="button secondary small-button" onClick={() => setConfirming(null)}>
                              <T k="queue.queuePanel.cancel" />
                            </button>
                          </>
                        ) : (
                          <button
                            type="button"
                            className="button secondary small-button"
                            onClick={() => {
                              setDone(null);
                              setConfirming(job.id);
                            }}
                          >
                            <T k="queue.queuePanel.remove" />
                          </button>
                        )}
                      </div>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}

type ListedJob = { id: string; articleId: string | null; article: Parameters<typeof articleLabel>[0] & { source: string | null } | null };

/**
 * The article a job works on, named as the article list names it (title, else the start of its
 * text, else its URL) with its source; the job id only when no stored article is known.
 */
function JobArticle({ job }: { job: ListedJob }) {
  if (!job.articleId) return <bdi dir="ltr">{job.id}</bdi>;
  const label = job.article ? articleLabel(job.article) : null;
  return (
    <>
      <Link href={`/articles/${job.articleId}`} dir="auto" className="job-article" data-testid="job-article">
        {label ?? <T k="queue.queuePanel.articleNotStored" />}
      </Link>
      {job.article?.source ? (
        <div className="muted small" dir="auto">
          {job.article.source}
        </div>
      ) : null}
    </>
  );
}

/**
 * Why a job failed. The worker's reason is a technical message in English (the fetcher's and
 * reader's own words); it is introduced in the interface language and kept left-to-right, isolated,
 * so an Arabic page reads "what failed: <English message>" in order.
 */
function FailureReason({ reason }: { reason: string | null }) {
  if (!reason) return <span className="muted">—</span>;
  return (
    <>
      <span className="muted small">
        <T k="queue.queuePanel.errorMessage" />:
      </span>{" "}
      <bdi lang="en" dir="ltr" data-testid="job-reason">
        {reason}
      </bdi>
    </>
  );
}
