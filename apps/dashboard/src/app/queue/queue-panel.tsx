"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { latestFailurePerArticle } from "../../lib/queue-failures";
import { userMessage } from "../../trpc/error-message";
import { useTRPC } from "../../trpc/react";
import { En } from "../_components/en";
import { LocalTime } from "../_components/local-time";
import { T } from "../_components/t";
import { useCan } from "../_components/use-can";

/** How often the queue page asks BullMQ again: often enough to watch a batch move through. */
const QUEUE_REFRESH_MS = 2000;

const STATE_LABELS = {
  waiting: { ar: "في الانتظار", en: "waiting" },
  active: { ar: "قيد التنفيذ", en: "active" },
  completed: { ar: "مكتملة", en: "completed" },
  failed: { ar: "فاشلة", en: "failed" },
  delayed: { ar: "مؤجلة", en: "delayed" },
} as const;

export function QueuePanel() {
  const canManage = useCan("manageQueue");
  const trpc = useTRPC();
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
        <T ar="جارٍ التحميل…" en="Loading…" />
      </p>
    );
  }
  if (overview.isError) {
    return (
      <div className="panel error" role="alert">
        <T ar="تعذّر قراءة الطابور" en={<>Could not read the queue: {userMessage(overview.error)}</>} />
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
          <li key={state} className={`panel queue-count ${state}`} data-state={state}>
            <span className="muted">
              <T ar={<>{STATE_LABELS[state].ar}</>} en={<>{STATE_LABELS[state].en}</>} />
            </span>
            <strong data-testid={`count-${state}`}>{counts[state]}</strong>
          </li>
        ))}
      </ul>

      <section className="panel" data-testid="feeds-queue">
        <h2>
          <T ar="طابور الخلاصات" en="Feeds queue" />
        </h2>
        <ul className="status-counts">
          {(Object.keys(STATE_LABELS) as (keyof typeof STATE_LABELS)[]).map((state) => (
            <li key={state} data-state={state}>
              <span className="muted">
                <T ar={<>{STATE_LABELS[state].ar}</>} en={<>{STATE_LABELS[state].en}</>} />
              </span>{" "}
              <strong data-testid={`feeds-count-${state}`}>{overview.data.feeds.counts[state]}</strong>
            </li>
          ))}
        </ul>
      </section>

      <section className="panel">
        <h2>
          <T ar="قيد التنفيذ الآن" en="Running now" />
        </h2>
        {active.length === 0 ? (
          <p className="muted">
            <T ar="لا مهام قيد التنفيذ" en="No job is running." />
          </p>
        ) : (
          <table className="jobs-table">
            <thead>
              <tr>
                <th>
                  <T ar="المقال" en="Article" />
                </th>
                <th>
                  <T ar="بدأت" en="Started" />
                </th>
                <th>
                  <T ar="التقدم" en="Progress" />
                </th>
              </tr>
            </thead>
            <tbody>
              {active.map((job) => (
                <tr key={job.id}>
                  <td>
                    {job.articleId ? (
                      <Link href={`/articles/${job.articleId}`}>{job.articleId.slice(0, 8)}</Link>
                    ) : (
                      job.id
                    )}
                  </td>
                  <td>{job.startedAt ? <LocalTime value={new Date(job.startedAt)} /> : "—"}</td>
                  <td>
                    {job.progress === null ? (
                      <progress className="progress" aria-label="progress" />
                    ) : (
                      <progress className="progress" max={100} value={job.progress} aria-label="progress" />
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
          <T ar="المهام الفاشلة" en="Failed jobs" />
        </h2>
        {actionError ? (
          <p className="error" role="alert">
            <En>{userMessage(actionError)}</En>
          </p>
        ) : null}
        {done ? (
          <p className="notice" role="status" data-testid="queue-action-result">
            {done.kind === "retried" ? (
              <T ar="أُعيدت المهمة إلى الانتظار" en="The job is waiting again." />
            ) : (
              <T ar="حُذفت المهمة؛ المقال باقٍ ومعلَّم بالفشل" en="The job was removed; the article stays stored, marked failed." />
            )}
          </p>
        ) : null}
        {failed.length === 0 ? (
          <p className="muted">
            <T ar="لا مهام فاشلة" en="No failed jobs." />
          </p>
        ) : (
          <table className="jobs-table">
            <thead>
              <tr>
                <th>
                  <T ar="المقال" en="Article" />
                </th>
                <th>
                  <T ar="الخطأ" en="Error" />
                </th>
                <th>
                  <T ar="المحاولات" en="Attempts" />
                </th>
                <th>
                  <T ar="فشلت" en="Failed at" />
                </th>
                {canManage ? (
                  <th>
                    <span className="visually-hidden">Actions</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {failed.map((job) => (
                <tr key={job.id} data-job-id={job.id} data-failures={job.failures}>
                  <td>
                    {job.articleId ? (
                      <Link href={`/articles/${job.articleId}`}>{job.articleId.slice(0, 8)}</Link>
                    ) : (
                      job.id
                    )}
                  </td>
                  <td className="reason" dir="ltr">
                    {job.failedReason ?? "—"}
                  </td>
                  <td>
                    <bdi dir="ltr">
                      {job.attemptsMade} / {job.attemptsAllowed}
                    </bdi>
                    {job.failures > 1 ? (
                      <span className="muted small">
                        {" "}
                        (<T ar={<>فشل في {job.failures} تشغيلات</>} en={<>failed in {job.failures} runs</>} />)
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
                          <T ar="إعادة" en="Retry" />
                        </button>
                        {confirming === job.id ? (
                          <>
                            <button
                              type="button"
                              className="button danger small-button"
                              disabled={remove.isPending}
                              onClick={() => remove.mutate({ id: job.id })}
                            >
                              <T ar="تأكيد الحذف" en="Confirm remove" />
                            </button>
                            <button type="button" className="button secondary small-button" onClick={() => setConfirming(null)}>
                              <T ar="إلغاء" en="Cancel" />
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
                            <T ar="حذف" en="Remove" />
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
