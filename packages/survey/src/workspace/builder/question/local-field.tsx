import { useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { TextAreaField, TextField } from "../../shell/form-field.js";
import { useKeptCaret } from "../live/use-kept-caret.js";

/**
 * A text field's value kept in the field itself and handed on with every change. The draft comes back through the
 * page (and its save and undo) a moment later; were the field to show that, fast typing would lose characters and
 * the caret would jump. So the field shows what was typed, and takes the draft's value only when it changes for
 * another reason (undo, a colleague's edit, another question selected).
 */
export function useLocalValue(value: string, commit: (next: string) => void): [string, (next: string) => void] {
  // `committed`: the last value handed on or taken from the draft. Taken over while rendering, not in an effect: a
  // colleague's letters must be in the field before the next keystroke is read from it, or that keystroke's value
  // (without their letters) would take them out again.
  const [state, setState] = useState({ local: value, committed: value });
  let current = state;
  if (value !== state.committed) {
    current = { local: value, committed: value };
    setState(current);
  }
  const change = (next: string) => {
    setState({ local: next, committed: next });
    commit(next);
  };
  return [current.local, change];
}

export interface LocalTextProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: readonly string[] | undefined;
  value: string;
  onCommit(next: string): void;
  multiline?: boolean;
  lang?: string;
  readOnly?: boolean;
  className?: string;
  inputMode?: "text" | "decimal" | "numeric";
  spellCheck?: boolean;
  placeholder?: string;
  /** lines of a multiline field */
  rows?: number;
}

const joined = (errors: readonly string[] | undefined) => (errors === undefined || errors.length === 0 ? undefined : errors.join(" "));

/** A labelled text field (one line or several) that commits every change and keeps its own value while typing. */
export function LocalText({ id, label, hint, errors, value, onCommit, multiline, rows, lang, readOnly, className, inputMode, spellCheck, placeholder }: LocalTextProps) {
  const [local, change] = useLocalValue(value, onCommit);
  // a colleague's letters arriving while one types keep the caret where it was
  useKeptCaret(id, local);
  const common = { id, label, hint, error: joined(errors), className, lang, readOnly, spellCheck, placeholder, value: local };
  return multiline ? (
    <TextAreaField {...common} rows={rows ?? 3} onChange={(event) => change(event.target.value)} />
  ) : (
    <TextField {...common} inputMode={inputMode} onChange={(event) => change(event.target.value)} />
  );
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

export interface ParsedTextProps<T> extends Omit<LocalTextProps, "value" | "onCommit"> {
  value: T;
  format(value: T): string;
  parse(text: string): Parsed<T>;
  onCommit(value: T): void;
  /** commit only when the field is left or Enter is pressed (a name, whose change rewrites the draft) */
  commitOnLeave?: boolean;
}

/**
 * A field whose text must be read first (a Danish number, a name): what cannot be read stays in the field with its
 * problem shown under the label and is not handed on, so the draft never holds half a value.
 */
export function ParsedText<T>({ value, format, parse, onCommit, commitOnLeave, errors, multiline, rows, ...rest }: ParsedTextProps<T>) {
  const shown = format(value);
  const [text, setText] = useState(shown);
  const [problem, setProblem] = useState<string | null>(null);
  const committed = useRef(shown);
  // taken over while rendering, as in useLocalValue
  const [seen, setSeen] = useState(shown);
  let currentText = text;
  if (shown !== seen) {
    setSeen(shown);
    if (shown !== committed.current) {
      committed.current = shown;
      currentText = shown;
      setText(shown);
      setProblem(null);
    }
  }

  const commit = (next: string) => {
    const read = parse(next);
    if (!read.ok) return;
    const formatted = format(read.value);
    if (formatted === committed.current) return;
    committed.current = formatted;
    onCommit(read.value);
  };
  const change = (next: string) => {
    setText(next);
    const read = parse(next);
    setProblem(read.ok ? null : read.message);
    if (!commitOnLeave) commit(next);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!commitOnLeave) return;
    if (event.key === "Enter") {
      event.preventDefault();
      commit(text);
    } else if (event.key === "Escape" && text !== committed.current) {
      event.preventDefault();
      setText(committed.current);
      setProblem(null);
    }
  };
  const all = [...(problem === null ? [] : [problem]), ...(errors ?? [])];
  useKeptCaret(rest.id, currentText);
  const common = { ...rest, error: joined(all), value: currentText };
  return multiline ? (
    <TextAreaField {...common} rows={rows ?? 3} onChange={(event) => change(event.target.value)} onBlur={() => commitOnLeave && commit(text)} />
  ) : (
    <TextField {...common} onChange={(event) => change(event.target.value)} onBlur={() => commitOnLeave && commit(text)} onKeyDown={onKeyDown} />
  );
}
