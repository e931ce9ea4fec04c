import { T } from "../_components/t";

/** A feed's URL and polling interval as form fields: the same two in the register form and in a row being edited. */
export function FeedFields({
  ids,
  url,
  onUrl,
  minutes,
  onMinutes,
  urlPlaceholder,
  urlInvalid,
}: {
  ids: { url: string; interval: string };
  url: string;
  onUrl: (value: string) => void;
  minutes: string;
  onMinutes: (value: string) => void;
  urlPlaceholder?: string;
  urlInvalid?: boolean;
}) {
  return (
    <>
      <div className="field">
        <label htmlFor={ids.url}>
          <T k="feeds.feedsPanel.feedUrl" sep="/" />
        </label>
        <input
          id={ids.url}
          type="url"
          dir="ltr"
          required
          placeholder={urlPlaceholder}
          value={url}
          onChange={(e) => onUrl(e.target.value)}
          aria-invalid={urlInvalid ? true : undefined}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.interval}>
          <T k="feeds.feedsPanel.intervalMinutes" sep="/" />
        </label>
        <input
          id={ids.interval}
          type="number"
          min={1}
          max={1440}
          dir="ltr"
          value={minutes}
          onChange={(e) => onMinutes(e.target.value)}
        />
      </div>
    </>
  );
}
