import type { ReactNode } from "react";

/**
 * The English half of a bilingual label, isolated from the Arabic around it so that the bidi
 * algorithm keeps its punctuation (a final period, parentheses) on the right side.
 */
export function En({ children }: { children: ReactNode }) {
  return (
    <bdi lang="en" className="en">
      {children}
    </bdi>
  );
}
