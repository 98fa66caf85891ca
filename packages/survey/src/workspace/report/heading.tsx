import { createElement, type ReactNode } from "react";

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** A heading whose level the caller chooses, so the report nests correctly wherever it is shown. */
export function Heading({ level, id, className, children }: { level: HeadingLevel; id?: string; className?: string; children: ReactNode }) {
  return createElement(`h${level}`, { id, className }, children);
}

export function deeper(level: HeadingLevel): HeadingLevel {
  return Math.min(6, level + 1) as HeadingLevel;
}
