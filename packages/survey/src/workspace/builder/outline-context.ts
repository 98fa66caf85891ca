import type { FindingsByTarget, OutlineElement, OutlinePage, QuestionnaireDraft } from "@afrapport/schema";
import { createContext, useContext } from "react";
import type { Selection } from "./editor-selection.js";
import type { Peer } from "./live/presence.js";
import type { ContainerItems } from "./outline-dnd.js";

export interface EditOptions {
  /** what to select after the edit */
  select?: Selection;
  /** the id of the control to focus after the edit is on screen */
  focus?: string;
  /** a status line to show, with "Fortryd" beside it (a deletion) */
  undoNotice?: string;
}

export interface Applied extends EditOptions {
  draft: QuestionnaireDraft;
}

/** What every part of the outline needs: the draft, its findings, the selection, and the one way to change it. */
export interface OutlineContextValue {
  draft: QuestionnaireDraft;
  outline: readonly OutlinePage[];
  /** the containers and their elements as on screen (while dragging, as the drag has moved them) */
  items: ContainerItems;
  findings: FindingsByTarget;
  selection: Selection;
  readOnly: boolean;
  /** the element being dragged */
  dragging: string | null;
  select(selection: Selection): void;
  /**
   * A structural edit (its own undo step); an edit the model refuses is said in words, not thrown. The change may
   * return the options itself when they depend on it (the name of a copy).
   */
  apply(change: (draft: QuestionnaireDraft) => QuestionnaireDraft | Applied, options?: EditOptions): void;
  /** an element's title as shown in the outline ("Alder" or its name) */
  titleOf(name: string): string;
  /** a container in sentences: "på siden »Baggrund«", "i gruppen »Tilbud«" */
  whereOf(container: string): string;
  /** a container in a list of places: "Siden »Baggrund«" */
  optionOf(container: string): string;
  elementOf(name: string): OutlineElement | undefined;
  /** colleagues on each question (a live draft) */
  peersOn: ReadonlyMap<string, readonly Peer[]>;
  /** open comment threads on each question */
  commentsOn: ReadonlyMap<string, number>;
}

export const OutlineContext = createContext<OutlineContextValue | null>(null);

export function useOutline(): OutlineContextValue {
  const value = useContext(OutlineContext);
  if (value === null) throw new Error("useOutline outside the draft editor's outline");
  return value;
}
