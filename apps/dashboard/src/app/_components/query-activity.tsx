"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";

/**
 * Marks `<html data-queries="busy|idle">` once the page has hydrated: `idle` when no query is
 * fetching, so a browser test (or anyone timing the page) can tell that a page has its data
 * without waiting a fixed time. The attribute is absent before hydration, when nothing has asked
 * for data yet. `idle` is set only after two frames without a fetch, because a finished query
 * often renders a component whose own query starts in the next commit.
 */
export function QueryActivity() {
  const client = useQueryClient();
  useEffect(() => {
    const root = document.documentElement;
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      if (client.isFetching() > 0) {
        root.dataset.queries = "busy";
        return;
      }
      frame = requestAnimationFrame(() => {
        frame = requestAnimationFrame(() => {
          if (client.isFetching() === 0) root.dataset.queries = "idle";
        });
      });
    };
    // Rendered after the page, so the page's own queries have subscribed (and started) by now.
    update();
    const unsubscribe = client.getQueryCache().subscribe(update);
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
      delete root.dataset.queries;
    };
  }, [client]);
  return null;
}
