"use client";

import type { Feed } from "@marsad/schema/tables";
import { useState } from "react";
import { T } from "../_components/t";
import { FeedFields } from "./feed-fields";

/** A feed's row as a small form: its URL and interval, saved together. */
export function FeedEditRow({
  feed,
  columns,
  saving,
  onSave,
  onCancel,
}: {
  feed: Feed;
  columns: number;
  saving: boolean;
  onSave: (patch: { url: string; intervalMinutes: number }) => void;
  onCancel: () => void;
}) {
  const [url, setUrl] = useState(feed.url);
  const [minutes, setMinutes] = useState(String(feed.intervalMinutes));
  const urlId = `feed-edit-url-${feed.id}`;
  const intervalId = `feed-edit-interval-${feed.id}`;
  return (
    <tr data-testid="feed-edit-row" data-feed-url={feed.url}>
      <td colSpan={columns}>
        <form
          className="field-row"
          onSubmit={(e) => {
            e.preventDefault();
            onSave({ url: url.trim(), intervalMinutes: Number(minutes) });
          }}
        >
          <FeedFields ids={{ url: urlId, interval: intervalId }} url={url} onUrl={setUrl} minutes={minutes} onMinutes={setMinutes} />
          <div className="row-actions">
            <button type="submit" className="small-button" disabled={saving}>
              <T k="feeds.feedsPanel.save" />
            </button>
            <button type="button" className="button secondary small-button" onClick={onCancel}>
              <T k="feeds.feedsPanel.cancel" />
            </button>
          </div>
        </form>
      </td>
    </tr>
  );
}
