import "./json-view.css";
import type { QuestionnaireDraft } from "@afrapport/schema";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { json } from "@codemirror/lang-json";
import { bracketMatching, defaultHighlightStyle, foldGutter, foldKeymap, indentOnInput, syntaxHighlighting } from "@codemirror/language";
import { lintGutter, lintKeymap, setDiagnostics, type Diagnostic } from "@codemirror/lint";
import { Annotation, Compartment, EditorState, Transaction } from "@codemirror/state";
import { EditorView, drawSelection, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from "@codemirror/view";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import { copyText } from "../../shell/copy-text.js";
import { formatDraftJson, readDraftJson, type JsonProblem } from "./draft-json.js";
import { useJsonMessages, type JsonMessages } from "./json-messages.js";
import { contentKey, minimalChange } from "./text-sync.js";

/** How long after the last keystroke the text is read and, when valid, applied. */
const APPLY_MS = 450;

/** Marks a change of the text that came from outside (a new draft), not from the person typing. */
const fromOutside = Annotation.define<boolean>();

/**
 * The draft as JSON in CodeMirror 6, two-way: a valid edit is applied (onChange) a moment after the typing stops;
 * an invalid one stays in the editor, underlined, with a notice naming the line, and is not applied. A draft changed
 * elsewhere (the visual editor, a colleague) replaces the text – unless the person has edits here that are not
 * applied, then they choose. Tab is left to the browser (no indentWithTab), so the editor never traps the keyboard.
 */
export function JsonView({ draft, readOnly, onChange }: { draft: QuestionnaireDraft; readOnly: boolean; onChange(next: QuestionnaireDraft): void }) {
  const { j, locale } = useJsonMessages();
  const hintId = useId();
  const host = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const readOnlyMode = useRef(new Compartment());
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  /** the content the editor's text stands for: the last draft shown or applied */
  const known = useRef(contentKey(draft));
  /** the text has edits that are not applied */
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [problems, setProblems] = useState<JsonProblem[]>([]);
  const [held, setHeld] = useState<QuestionnaireDraft | null>(null);
  const heldRef = useRef<QuestionnaireDraft | null>(null);
  heldRef.current = held;
  const [status, setStatus] = useState("");
  const [copyResult, setCopyResult] = useState<"copied" | "failed" | null>(null);
  const words = useRef(j);
  words.current = j;

  /** Reads the text; applies it when valid and nothing from outside waits for the person's choice. */
  const check = useCallback((apply: boolean) => {
    const view = viewRef.current;
    if (view === null) return;
    clearTimeout(timer.current);
    const result = readDraftJson(view.state.doc.toString());
    view.dispatch(setDiagnostics(view.state, result.ok ? [] : result.problems.map((problem) => diagnostic(problem, words.current))));
    setProblems(result.ok ? [] : result.problems);
    if (!result.ok || !apply || heldRef.current !== null) return;
    const key = contentKey(result.draft);
    dirty.current = false;
    if (key === known.current) return;
    known.current = key;
    onChangeRef.current(result.draft);
    setStatus(words.current.applied);
  }, []);

  /** Puts a draft's text in the editor, changing only what differs. */
  const show = useCallback((next: QuestionnaireDraft) => {
    const view = viewRef.current;
    if (view === null) return;
    clearTimeout(timer.current);
    const change = minimalChange(view.state.doc.toString(), formatDraftJson(next));
    known.current = contentKey(next);
    dirty.current = false;
    if (change !== null) view.dispatch({ changes: change, annotations: [fromOutside.of(true), Transaction.addToHistory.of(false)] });
    view.dispatch(setDiagnostics(view.state, []));
    setProblems([]);
  }, []);

  useEffect(() => {
    const parent = host.current;
    if (parent === null) return;
    const view = new EditorView({
      parent,
      state: EditorState.create({
        doc: formatDraftJson(draft),
        extensions: [
          lineNumbers(),
          highlightActiveLineGutter(),
          foldGutter(),
          lintGutter(),
          history(),
          drawSelection(),
          indentOnInput(),
          bracketMatching(),
          highlightActiveLine(),
          syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
          json(),
          EditorState.tabSize.of(2),
          EditorState.phrases.of(words.current.editorPhrases),
          keymap.of([...defaultKeymap, ...historyKeymap, ...foldKeymap, ...lintKeymap]),
          // tabindex: the editable content is a Tab stop anyway; saying so lets checkers see the scroller is reachable
          EditorView.contentAttributes.of({ "aria-label": words.current.editorLabel, "aria-describedby": hintId, tabindex: "0" }),
          readOnlyMode.current.of(readOnlyExtensions(readOnly)),
          EditorView.updateListener.of((update) => {
            if (!update.docChanged || update.transactions.every((tr) => tr.annotation(fromOutside) === true)) return;
            dirty.current = true;
            setStatus("");
            clearTimeout(timer.current);
            timer.current = setTimeout(() => check(true), APPLY_MS);
          }),
        ],
      }),
    });
    viewRef.current = view;
    return () => {
      // an edit still waiting for its moment is applied, not lost, when the view closes
      if (dirty.current) check(true);
      clearTimeout(timer.current);
      view.destroy();
      viewRef.current = null;
    };
    // the editor is made once; the draft and the mode reach it through the effects below
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    viewRef.current?.dispatch({ effects: readOnlyMode.current.reconfigure(readOnlyExtensions(readOnly)) });
  }, [readOnly]);

  useEffect(() => {
    const key = contentKey(draft);
    if (key === known.current) {
      setHeld(null);
      return;
    }
    if (dirty.current) setHeld(draft);
    else show(draft);
  }, [draft, show]);

  const takeTheirs = () => {
    if (held === null) return;
    show(held);
    setHeld(null);
    viewRef.current?.focus();
  };
  const applyMine = () => {
    setHeld(null);
    heldRef.current = null;
    check(true);
  };
  const goTo = (problem: JsonProblem) => {
    const view = viewRef.current;
    if (view === null) return;
    view.dispatch({ selection: { anchor: problem.from, head: problem.to }, scrollIntoView: true });
    view.focus();
  };

  const first = problems[0];
  return (
    <section className="af-json-view" aria-label={j.editorLabel}>
      <div className="af-json-view__bar">
        <p id={hintId} className="af-hint">
          {readOnly ? j.readOnlyHint : j.hint}
        </p>
        <button
          type="button"
          className="af-button af-button--small"
          onClick={() => {
            const text = viewRef.current?.state.doc.toString() ?? formatDraftJson(draft);
            void copyText(text).then((copied) => setCopyResult(copied ? "copied" : "failed"));
          }}
        >
          {j.copyJson}
        </button>
      </div>
      <p className={`af-json-view__status${copyResult === "failed" ? " af-field-error" : ""}`} role="status">
        {copyResult === "copied" ? j.copied : copyResult === "failed" ? j.copyFailed : ""}
      </p>
      {held !== null && (
        <div className="af-notice af-json-view__held" role="alert">
          <p>{first === undefined ? j.outsideChange : j.outsideChangeInvalid}</p>
          <p className="af-ws-actions">
            <button type="button" className="af-button af-button--small" onClick={takeTheirs}>
              {j.takeTheirs}
            </button>
            {first === undefined && (
              <button type="button" className="af-button af-button--small" onClick={applyMine}>
                {j.applyMine}
              </button>
            )}
          </p>
        </div>
      )}
      <div className="af-json-view__status" role="status">
        {first !== undefined ? (
          <p className="af-notice af-notice--problem af-json-view__problem">{j.notApplied(first.line, problems.length - 1)}</p>
        ) : status !== "" ? (
          <p className="af-visually-hidden">{status}</p>
        ) : null}
      </div>
      <div ref={host} className="af-json-view__editor" />
      {problems.length > 0 && (
        <div className="af-json-view__problems" lang={locale}>
          <h3>{j.problemsTitle}</h3>
          <ul>
            {problems.map((problem, index) => (
              <li key={`${problem.from}:${index}`}>
                <button type="button" className="af-ws-link-button" onClick={() => goTo(problem)}>
                  {j.lineLabel(problem.line)}
                </button>
                : {j.problemText(problem)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function readOnlyExtensions(readOnly: boolean) {
  return readOnly ? [EditorState.readOnly.of(true), EditorView.contentAttributes.of({ "aria-readonly": "true" })] : [];
}

function diagnostic(problem: JsonProblem, j: JsonMessages): Diagnostic {
  return { from: problem.from, to: problem.to, severity: "error", message: j.problemText(problem), source: j.lineLabel(problem.line) };
}
