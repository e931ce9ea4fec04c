import type { MessageKey } from "../../i18n/message-key";
import { T } from "./t";

/** `/api/v1/export/<file>?<filters>`, leaving out empty filters (the export treats them as absent). */
export function exportHref(file: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const qs = query.toString();
  return `/api/v1/export/${file}${qs ? `?${qs}` : ""}`;
}

/** Download links of the data behind a page, with the page's current filters. */
export function ExportLinks({
  files,
  params = {},
}: {
  files: { file: string; label: MessageKey }[];
  params?: Record<string, string | undefined>;
}) {
  return (
    <p className="export-links" data-testid="export-links">
      <span>
        <T k="common.exportLinks.export" />:
      </span>
      {files.map(({ file, label }) => (
        <a key={file} href={exportHref(file, params)} download>
          <T k={label} />
        </a>
      ))}
    </p>
  );
}
