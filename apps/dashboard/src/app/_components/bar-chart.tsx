"use client";

import { barStart } from "../../lib/bar-layout";
import { documentLanguage } from "../../lib/ui-language";
import { T } from "./t";
import { useUiLanguage } from "./ui-language";

/**
 * A small bar chart drawn as inline SVG (no chart library, nothing loaded from elsewhere). Bars run
 * in the reading order of the interface language: the first item (the oldest) on the right in
 * Arabic, on the left in English, like the date labels under them. Each bar carries a <title> with
 * its label and value, and the whole chart a summary for screen readers.
 */
export interface Bar {
  label: string;
  value: number;
}

const HEIGHT = 120;

export function BarChart({ bars, summary, testId }: { bars: Bar[]; summary: string; testId?: string }) {
  const { dir } = documentLanguage(useUiLanguage());
  const max = Math.max(1, ...bars.map((b) => b.value));
  const slot = 100 / Math.max(1, bars.length);
  const first = bars[0];
  const last = bars[bars.length - 1];
  return (
    <figure className="chart" data-testid={testId} data-direction={dir}>
      <svg
        role="img"
        aria-label={summary}
        viewBox={`0 0 100 ${HEIGHT + 1}`}
        preserveAspectRatio="none"
        className="chart-svg"
      >
        <line
          x1="0"
          x2="100"
          y1={HEIGHT}
          y2={HEIGHT}
          className="chart-axis"
          vectorEffect="non-scaling-stroke"
        />
        {bars.map((bar, i) => {
          const h = (bar.value / max) * (HEIGHT - 8);
          const x = barStart(i, bars.length, dir);
          return (
            <rect
              key={bar.label}
              x={x}
              y={HEIGHT - h}
              width={slot * 0.7}
              height={Math.max(h, bar.value > 0 ? 1 : 0)}
              className="chart-bar"
              data-value={bar.value}
            >
              <title>{`${bar.label}: ${bar.value}`}</title>
            </rect>
          );
        })}
      </svg>
      {first && last ? (
        <figcaption className="chart-range muted small">
          <bdi dir="ltr">{first.label}</bdi>
          <span>
            <T k="common.barChart.max" /> <bdi>{max === 1 && bars.every((b) => b.value === 0) ? 0 : max}</bdi>
          </span>
          <bdi dir="ltr">{last.label}</bdi>
        </figcaption>
      ) : null}
    </figure>
  );
}
