"use client";

import type { Feed } from "@marsad/schema/tables";
import { LocalTime } from "../_components/local-time";
import { T } from "../_components/t";

/** What a row's buttons ask the table to do; the table runs one mutation at a time per kind. */
export interface FeedRowActions {
  edit: () => void;
  askDelete: () => void;
  cancelDelete: () => void;
  confirmDelete: () => void;
  setPaused: (paused: boolean) => void;
}

/**
 * A registered feed as the table shows it: title, URL and whether it is polled or paused, its
 * schedule, the last poll's outcome, and (for those who manage feeds) its actions.
 */
export function FeedRow({
  feed,
  actions,
  confirmingDelete,
  busy,
}: {
  feed: Feed;
  /** Absent for readers who may not manage feeds. */
  actions: FeedRowActions | null;
  confirmingDelete: boolean;
  busy: boolean;
}) {
  const stateId = `feed-state-${feed.id}`;
  return (
    <tr data-testid="feed-row" data-feed-url={feed.url} data-paused={feed.pausedAt ? "true" : "false"}>
      <td>
        <div dir="auto" data-testid="feed-title">
          {feed.title ?? (
            <span className="muted">
              {feed.lastPolledAt ? (
                <T k="feeds.feedsPanel.theFeedGivesNoTitle" />
              ) : (
                <T k="feeds.feedsPanel.titleShownAfterTheFirst" />
              )}
            </span>
          )}
        </div>
        <div className="muted" dir="ltr">
          {feed.url}
        </div>
        <div id={stateId} data-testid="feed-state">
          {feed.pausedAt ? (
            <>
              <span className="badge badge-queued">
                <T k="feeds.feedsPanel.paused" />
              </span>{" "}
              <span className="muted">
                <T k="feeds.feedsPanel.since" /> <LocalTime value={feed.pausedAt} />
              </span>
            </>
          ) : (
            <span className="badge badge-done">
              <T k="feeds.feedsPanel.polled" />
            </span>
          )}
        </div>
      </td>
      <td className="quantity">
        <T k="feeds.feedsPanel.everyMinutes" values={{ minutes: feed.intervalMinutes }} />
      </td>
      <td>
        {feed.lastPolledAt ? <LocalTime value={feed.lastPolledAt} /> : <span className="muted">—</span>}
      </td>
      <td data-testid="feed-new">{feed.lastNewItems}</td>
      <td data-testid="feed-total">{feed.totalItems}</td>
      <td className={feed.lastError ? "field-error" : "muted"} dir="auto">
        {feed.lastError ?? "—"}
      </td>
      {actions ? (
        <td>
          <div className="row-actions">
            {/* The state cell describes the button, so a screen reader hears "Resume — Paused since …". */}
            <button
              type="button"
              className="button secondary small-button"
              aria-describedby={stateId}
              disabled={busy}
              onClick={() => actions.setPaused(!feed.pausedAt)}
            >
              <T k={feed.pausedAt ? "feeds.feedsPanel.resume" : "feeds.feedsPanel.pause"} />
            </button>
            <button type="button" className="button secondary small-button" onClick={actions.edit}>
              <T k="feeds.feedsPanel.edit" />
            </button>
            {confirmingDelete ? (
              <>
                <button
                  type="button"
                  className="button danger small-button"
                  disabled={busy}
                  onClick={actions.confirmDelete}
                >
                  <T k="feeds.feedsPanel.confirmDelete" />
                </button>
                <button
                  type="button"
                  className="button secondary small-button"
                  onClick={actions.cancelDelete}
                >
                  <T k="feeds.feedsPanel.cancel" />
                </button>
              </>
            ) : (
              <button type="button" className="button secondary small-button" onClick={actions.askDelete}>
                <T k="feeds.feedsPanel.delete" />
              </button>
            )}
          </div>
        </td>
      ) : null}
    </tr>
  );
}
