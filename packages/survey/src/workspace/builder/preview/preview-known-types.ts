import { ElementFactory } from "survey-core";

/** The element types survey-core can build in this page: its registered questions and the two panel types. */
export function previewKnownTypes(): Set<string> {
  return new Set([...ElementFactory.Instance.getAllTypes(), "panel", "flowpanel"]);
}
