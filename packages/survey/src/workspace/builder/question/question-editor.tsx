import "./question-editor.css";
import { builderTypeOf, DraftEditError, elementLocation, findElement, type QuestionnaireDraft, questionTypeInfo, updateElement } from "@afrapport/schema";
import type { Finding } from "@afrapport/schema/api";
import { useId, useLayoutEffect, useMemo, useRef, useState, type JSX } from "react";
import { findingText } from "../finding-text.js";
import { BasicsSection } from "./basics-section.js";
import { draftNames } from "./draft-names.js";
import { readDraftText } from "./draft-text.js";
import { fieldId, findingField, findingsByField } from "./finding-fields.js";
import { LogicSection } from "./logic-section.js";
import { PartsSection } from "./parts-section.js";
import type { QuestionEdit } from "./question-edit.js";
import { type QuestionMessages, useQuestionMessages } from "./question-messages.js";
import { ReportSection } from "./report-section.js";
import { ValidationSection } from "./validation-section.js";

export interface QuestionEditorProps {
  draft: QuestionnaireDraft;
  /** the selected element's name */
  name: string;
  /** findings on this element (paths into the draft) */
  findings: Finding[];
  readOnly: boolean;
  /** names in the published version the draft is based on: renaming one of them records previousNames */
  publishedNames: ReadonlySet<string>;
  /** select: the element's new name after a rename */
  onChange(next: QuestionnaireDraft, options?: { select?: string }): void;
}

/**
 * The selected question's panel: basics, its parts (choices, rows, columns, items, files …), logic, validation and
 * report, each a fieldset. Every edit goes to `onChange` at once as a new draft made by the draft-edit functions;
 * findings show at the field they concern and in a list at the top that leads to them.
 */
export function QuestionEditor(props: QuestionEditorProps): JSX.Element {
  // A rename selects the element under its new name; the panel stays the same panel (no remount, the focus stays),
  // while selecting another question starts a fresh one (its fields' local state belongs to the old question).
  const identity = useRef({ name: props.name, generation: 0 });
  const renamedTo = useRef<string | null>(null);
  if (identity.current.name !== props.name) {
    const generation = renamedTo.current === props.name ? identity.current.generation : identity.current.generation + 1;
    identity.current = { name: props.name, generation };
    renamedTo.current = null;
  }
  return <QuestionPanel key={identity.current.generation} {...props} onRenamed={(name) => (renamedTo.current = name)} />;
}

function QuestionPanel({ draft, name, findings, readOnly, publishedNames, onChange, onRenamed }: QuestionEditorProps & { onRenamed(name: string): void }) {
  const { q, locale } = useQuestionMessages();
  const base = `qe${useId().replace(/[^A-Za-z0-9]/g, "")}`;
  const headingId = `${base}-heading`;
  const [status, setStatus] = useState("");
  // Edits build on the newest draft, also when two arrive before the page has rendered the first.
  const latest = useRef(draft);
  latest.current = draft;
  const names = useMemo(() => draftNames(draft), [draft]);

  const element = findElement(draft, name);
  const location = elementLocation(draft, name);
  if (element === null || location === null) {
    return (
      <section className="af-qe" aria-label={q.panelLabel(name)}>
        <p>{q.notFound(name)}</p>
      </section>
    );
  }

  const byField = findingsByField(findings, location.path);
  const builderType = builderTypeOf(element);
  const info = builderType === null ? null : questionTypeInfo(builderType);
  const answers = info?.answers ?? !["panel", "flowpanel", "html", "image"].includes(String(element.type));
  const edit: QuestionEdit = {
    draft,
    element,
    name,
    builderType,
    info,
    answers,
    readOnly,
    names,
    id: (field) => fieldId(base, field),
    errors: (field, options) => {
      const texts = (byField.get(field) ?? []).filter((finding) => !options?.except?.includes(finding.code)).map((finding) => findingText(finding, locale));
      return texts.length === 0 ? undefined : texts;
    },
    update: (patch) => {
      if (readOnly) return;
      try {
        const next = updateElement(latest.current, name, patch);
        latest.current = next;
        onChange(next);
      } catch (error) {
        if (!(error instanceof DraftEditError)) throw error;
        setStatus(q.notFound(name));
      }
    },
    apply: (change, options) => {
      if (readOnly) return;
      const next = change(latest.current);
      latest.current = next;
      if (options?.select !== undefined) onRenamed(options.select);
      onChange(next, options);
    },
    announce: setStatus,
  };

  const title = readDraftText(element.type === "html" ? element.html : element.title);
  const shownTitle = (title[locale] || title.da || name).replace(/<[^>]*>/g, "").trim();
  return (
    <section className="af-qe" aria-labelledby={headingId}>
      <h2 id={headingId} className="af-qe__heading">
        <span className="af-qe__type">{builderType === null ? String(element.type) : q.typeNames[builderType]}</span>
        <span className="af-qe__title">{shownTitle.length > 120 ? `${shownTitle.slice(0, 117)}…` : shownTitle}</span>
      </h2>
      {readOnly && <p className="af-hint">{q.readOnlyNote}</p>}
      {builderType === null && <p className="af-qe-note">{q.unsupportedType(String(element.type))}</p>}
      <ProblemList findings={findings} elementPath={location.path} base={base} q={q} locale={locale} />
      <p className="af-visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
      <BasicsSection edit={edit} publishedNames={publishedNames} />
      <PartsSection edit={edit} />
      <LogicSection edit={edit} />
      {info?.parts.includes("validators") && <ValidationSection edit={edit} />}
      {answers && <ReportSection edit={edit} />}
    </section>
  );
}

/** The field that shows a finding: the field itself, else the nearest enclosing part that is on the panel. */
function targetOf(base: string, field: string): string | null {
  let path = field;
  while (path !== "") {
    const id = fieldId(base, path);
    if (document.getElementById(id)) return id;
    path = path.replace(/(\.[^.[\]]*|\[\d+\])$/, "");
  }
  return null;
}

/**
 * The element's findings in one list above the panel, each a link to the field it concerns (a finding on a part the
 * panel does not edit says where to fix it instead). Which fields exist is only known once they are rendered.
 */
function ProblemList({ findings, elementPath, base, q, locale }: { findings: Finding[]; elementPath: string; base: string; q: QuestionMessages; locale: "da" | "en" }) {
  const own = findings.filter((finding) => findingField(finding, elementPath) !== null);
  const [targets, setTargets] = useState<Record<string, string | null>>({});
  useLayoutEffect(() => {
    const next: Record<string, string | null> = {};
    for (const finding of own) {
      const field = findingField(finding, elementPath) ?? "";
      next[field] = targetOf(base, field);
    }
    if (JSON.stringify(next) !== JSON.stringify(targets)) setTargets(next);
  });
  if (own.length === 0) return null;
  return (
    <div className="af-qe-problems" role="region" aria-labelledby={`${base}-problems`}>
      <h3 id={`${base}-problems`}>{q.problemsHeading(own.length)}</h3>
      <ul>
        {own.map((finding, i) => {
          const target = targets[findingField(finding, elementPath) ?? ""] ?? null;
          const text = findingText(finding, locale);
          return (
            <li key={`${finding.path}-${finding.code}-${i}`}>
              {target === null ? (
                <>
                  {text} <span className="af-hint">{q.problemElsewhere}</span>
                </>
              ) : (
                <a
                  href={`#${target}`}
                  onClick={(event) => {
                    event.preventDefault();
                    const field = document.getElementById(target);
                    field?.scrollIntoView({ block: "center" });
                    field?.focus();
                  }}
                >
                  {text}
                </a>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
