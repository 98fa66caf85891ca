/**
 * Which field of the question panel a finding of validateQuestionnaire concerns. A finding's path points into the
 * draft (`survey.pages[1].elements[0].choices[2].text.en`); below the element's own path it names the field
 * (`choices[2].text.en`). A few findings point at the whole of a text or an item; they go to the field a person
 * fixes them in: a missing or unlocalized `title` to the Danish title, a duplicate choice to its value.
 */
export function findingField(finding: { path: string; code: string }, elementPath: string): string | null {
  const { path, code } = finding;
  if (path === elementPath) return "";
  if (!path.startsWith(`${elementPath}.`)) return null;
  const rest = path.slice(elementPath.length + 1);
  if (rest.startsWith("validators")) return "validators";
  if (/\[\d+\]$/.test(rest)) return code === "missing-da" || code === "not-localized" ? `${rest}.text.da` : `${rest}.value`;
  if ((code === "missing-da" || code === "not-localized") && !/\.(da|en)$/.test(rest)) return `${rest}.da`;
  return rest;
}

/** The element's findings by field (`""` for the element as a whole); findings of other elements are left out. */
export function findingsByField<F extends { path: string; code: string }>(findings: readonly F[], elementPath: string): Map<string, F[]> {
  const byField = new Map<string, F[]>();
  for (const finding of findings) {
    const field = findingField(finding, elementPath);
    if (field === null) continue;
    byField.set(field, [...(byField.get(field) ?? []), finding]);
  }
  return byField;
}

/** An HTML id for a field, unique within one panel: `q-choices-2--text-en`. */
export function fieldId(base: string, field: string): string {
  return `${base}-${field.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}
