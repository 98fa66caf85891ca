import type { AnyFigure } from "@afrapport/schema";
import { createContext, useContext } from "react";

/** Opens the one dialog of the page that lists where a number came from (sources-dialog.tsx provides it). */
export interface SourcesContextValue {
  showSources(figure: AnyFigure, opener: HTMLElement | null): void;
}

export const SourcesContext = createContext<SourcesContextValue | undefined>(undefined);

export function useSources(): SourcesContextValue | undefined {
  return useContext(SourcesContext);
}
