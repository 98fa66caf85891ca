import "./publish.css";
import { findingsByTarget, type DraftText, type Locale, type QuestionnaireChange, type QuestionnaireDraft } from "@afrapport/schema";
import { questionnaireApi, type DraftView, type Finding, type PublishPreview, type QuestionnaireVersionBody } from "@afrapport/schema/api";
import { useState, type FormEvent, type ReactNode } from "react";
import { ok } from "../../api/api-error.js";
import { useSession } from "../../auth/session-context.js";
import { apiErrorText } from "../../shell/api-error-text.js";
import { Dialog } from "../../shell/dialog.js";
import { TextField } from "../../shell/form-field.js";
import { Loading } from "../../shell/loading.js";
import { InlineProblem, LoadProblem } from "../../shell/problem.js";
import { useLoad } from "../../shell/use-load.js";
import { useWorkspaceMessages } from "../../shell/use-workspace-messages.js";
import { findingText } from "../finding-text.js";
import { breakingReason, bumpText, changeKindText } from "./change-words.js";
import { usePublishMessages, type PublishMessages } from "./publish-messages.js";
import { readVersion } from "./publish-version.js";

/**
 * Publishing a draft as an immutable version. It first asks the server what publishing would do: remaining
 * findings block it (listed by question), so does a draft unchanged since the previous version; otherwise it shows
 * the diff against the previous version – breaking changes marked with why – the bump the changes require and the
 * proposed version, which the person may raise. Publishing sends the draft's revision, so a draft saved meanwhile
 * (by anyone) is refused rather than published unseen.
 */
export function PublishDialog({ draft, open, onClose, onPublished }: { draft: DraftView; open: boolean; onClose(): void; onPublished(version: QuestionnaireVersionBody): void }) {
  const { u } = usePublishMessages();
  return (
    <Dialog title={u.title} open={open} onClose={onClose} wide>
      <PublishReview draft={draft} onClose={onClose} onPublished={onPublished} />
    </Dialog>
  );
}

/** What the server says publishing would do, and the draft's revision as the server has it now. */
interface Review {
  preview: PublishPreview;
  serverRevision: number;
}

function PublishReview({ draft, onClose, onPublished }: { draft: DraftView; onClose(): void; onPublished(version: QuestionnaireVersionBody): void }) {
  const { api } = useSession();
  const { u } = usePublishMessages();
  const { loaded, reload } = useLoad(async () => {
    const [preview, current] = await Promise.all([
      api.call(questionnaireApi.publishPreview, { params: { draftId: draft.id } }),
      api.call(questionnaireApi.getDraft, { params: { draftId: draft.id } }),
    ]);
    if (!preview.ok) return preview;
    if (!current.ok) return current;
    return ok<Review>({ preview: preview.value, serverRevision: current.value.draft.revision });
  }, `${draft.id}:${draft.revision}`);

  if (loaded.status === "loading") return <Loading label={u.checking} />;
  if (loaded.status === "error") return <LoadProblem text={loaded.text} onRetry={reload} />;
  const { preview, serverRevision } = loaded.value;
  if (serverRevision !== draft.revision) {
    return (
      <>
        <InlineProblem>{u.staleBefore}</InlineProblem>
        <Actions u={u} onClose={onClose}>
          {/* the editor saved everything before this dialog opened, so a reload loses nothing */}
          <button type="button" className="af-button af-button--primary" onClick={() => window.location.reload()}>
            {u.reloadPage}
          </button>
        </Actions>
      </>
    );
  }
  if (preview.findings.length > 0) {
    return (
      <>
        <FindingsList findings={preview.findings} content={draft.content} />
        <p>{u.findingsHelp}</p>
        <Actions u={u} onClose={onClose} />
      </>
    );
  }
  if (preview.unchanged) {
    return (
      <>
        <p className="af-notice">{u.unchanged(preview.previous ?? "")}</p>
        <Actions u={u} onClose={onClose} />
      </>
    );
  }
  return <PublishForm draft={draft} preview={preview} onClose={onClose} onPublished={onPublished} onReload={reload} />;
}

function Actions({ u, onClose, children }: { u: PublishMessages; onClose(): void; children?: ReactNode }) {
  return (
    <div className="af-ws-actions">
      {children}
      <button type="button" className="af-button" onClick={onClose}>
        {u.cancel}
      </button>
    </div>
  );
}

function PublishForm({ draft, preview, onClose, onPublished, onReload }: { draft: DraftView; preview: PublishPreview; onClose(): void; onPublished(version: QuestionnaireVersionBody): void; onReload(): void }) {
  const { api } = useSession();
  const { w } = useWorkspaceMessages();
  const { u, locale } = usePublishMessages();
  const [text, setText] = useState(preview.proposedVersion);
  const [fieldProblem, setFieldProblem] = useState<string | undefined>(undefined);
  const [problem, setProblem] = useState<{ text: string; reload?: boolean } | null>(null);
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [busy, setBusy] = useState(false);
  const read = readVersion(text, preview.proposedVersion, preview.previous);
  const shownVersion = read.ok ? read.version : text.trim();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setProblem(null);
    if (!read.ok) {
      setFieldProblem(read.problem === "format" ? u.versionFormat : u.versionTooLow(preview.proposedVersion));
      return;
    }
    setFieldProblem(undefined);
    setBusy(true);
    const result = await api.call(questionnaireApi.publish, { params: { draftId: draft.id }, body: { version: read.version, baseRevision: draft.revision } });
    setBusy(false);
    if (result.ok) {
      onPublished(result.value.version);
      return;
    }
    const error = result.error;
    if (error.status === 400 && error.field === "version") setFieldProblem(u.versionTooLow(preview.proposedVersion));
    else if (error.code === "already_exists") setFieldProblem(u.versionExists(read.version));
    else if (error.code === "stale_revision") setProblem({ text: u.stale, reload: true });
    else if (error.status === 409) setProblem({ text: u.closed });
    else if (error.status === 422) setFindings(findingsOf(error.body));
    else setProblem({ text: apiErrorText(error, w, { fieldLabels: { version: u.versionLabel } }) });
  };

  if (findings !== null) {
    return (
      <>
        <FindingsList findings={findings} content={draft.content} />
        <p>{u.findingsHelp}</p>
        <Actions u={u} onClose={onClose} />
      </>
    );
  }

  return (
    <form className="af-ws-form af-publish" noValidate onSubmit={(event) => void submit(event)}>
      <p>{preview.previous === null ? u.firstVersion : u.previousVersion(preview.previous)}</p>
      {preview.previous !== null && <DiffView preview={preview} content={draft.content} u={u} locale={locale} />}
      {preview.previous !== null && <p className="af-publish__bump">{u.requiredBump(bumpText(preview.requiredBump, locale))}</p>}
      <TextField
        id="publish-version"
        label={u.versionLabel}
        hint={preview.previous === null ? u.versionHintFirst(preview.proposedVersion) : u.versionHint(preview.proposedVersion)}
        error={fieldProblem}
        value={text}
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          setText(event.target.value);
          setFieldProblem(undefined);
        }}
      />
      <p className="af-hint">{u.immutable}</p>
      {problem !== null && (
        <InlineProblem>
          {problem.text}{" "}
          {problem.reload === true && (
            <button type="button" className="af-button af-button--small" onClick={onReload}>
              {u.reload}
            </button>
          )}
        </InlineProblem>
      )}
      <Actions u={u} onClose={onClose}>
        <button type="submit" className="af-button af-button--primary" disabled={busy}>
          {busy ? u.publishing : u.publish(shownVersion)}
        </button>
      </Actions>
    </form>
  );
}

function DiffView({ preview, content, u, locale }: { preview: PublishPreview; content: QuestionnaireDraft; u: PublishMessages; locale: Locale }) {
  const diff = preview.diff;
  if (diff === null) return <p className="af-notice">{u.noDiff}</p>;
  const titles = questionTitles(content);
  const label = (name: string) => {
    const title = textIn(titles.get(name), locale);
    return (
      <>
        {title !== undefined && <span className="af-publish__title">{title} </span>}
        <code>{name}</code>
      </>
    );
  };
  const breakingCount =
    diff.removed.length + diff.renamed.length + [...diff.questionnaire, ...diff.changed.flatMap((entry) => entry.changes)].filter((change) => change.breaking).length;
  return (
    <section className="af-publish__diff" aria-label={u.diffTitle(preview.previous ?? "")}>
      <h3>{u.diffTitle(preview.previous ?? "")}</h3>
      {breakingCount > 0 && <p className="af-publish__breaking-count">{u.breakingCount(breakingCount)}</p>}
      {diff.added.length > 0 && (
        <Section title={u.added}>
          {diff.added.map((question) => (
            <li key={question.name}>{label(question.name)}</li>
          ))}
        </Section>
      )}
      {diff.removed.length > 0 && (
        <Section title={u.removed}>
          {diff.removed.map((question) => (
            <li key={question.name}>
              <code>{question.name}</code> <Breaking u={u} reason={breakingReason("question-removed", locale)} />
            </li>
          ))}
        </Section>
      )}
      {diff.renamed.length > 0 && (
        <Section title={u.renamed}>
          {diff.renamed.map((rename) => (
            <li key={rename.to}>
              <code>{rename.from}</code> → {label(rename.to)} <Breaking u={u} reason={breakingReason("question-renamed", locale)} />
            </li>
          ))}
        </Section>
      )}
      {diff.changed.length > 0 && (
        <Section title={u.changed}>
          {diff.changed.map((entry) => (
            <li key={entry.name}>
              {label(entry.name)}
              <ChangeList changes={entry.changes} u={u} locale={locale} />
            </li>
          ))}
        </Section>
      )}
      {diff.questionnaire.length > 0 && (
        <>
          <h4>{u.questionnaireChanges}</h4>
          <ChangeList changes={diff.questionnaire} u={u} locale={locale} className="af-publish__list" />
        </>
      )}
    </section>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <h4>{title}</h4>
      <ul className="af-publish__list">{children}</ul>
    </>
  );
}

/** The changes of one question, each kind once (a kind can come several times, for several choices). */
function ChangeList({ changes, u, locale, className }: { changes: readonly QuestionnaireChange[]; u: PublishMessages; locale: Locale; className?: string }) {
  const byKind = new Map<string, boolean>();
  for (const change of changes) byKind.set(change.kind, (byKind.get(change.kind) ?? false) || change.breaking);
  return (
    <ul className={className}>
      {[...byKind].map(([kind, breaking]) => (
        <li key={kind}>
          {changeKindText(kind, locale)}
          {breaking && (
            <>
              {" "}
              <Breaking u={u} reason={breakingReason(kind, locale)} />
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

function Breaking({ u, reason }: { u: PublishMessages; reason: string }) {
  return (
    <span className="af-publish__breaking">
      <strong className="af-publish__badge">{u.breaking}</strong> – {reason}
    </span>
  );
}

function FindingsList({ findings, content }: { findings: Finding[]; content: QuestionnaireDraft }) {
  const { u, locale } = usePublishMessages();
  const grouped = findingsByTarget(content, findings);
  const groups: [string, Finding[]][] = [
    ...(grouped.questionnaire.length > 0 ? [["", grouped.questionnaire] as [string, Finding[]]] : []),
    ...[...grouped.pages].map(([name, list]): [string, Finding[]] => [name, list]),
    ...[...grouped.elements].map(([name, list]): [string, Finding[]] => [name, list]),
  ];
  return (
    <div className="af-notice af-notice--problem af-publish__findings" role="alert">
      <p>{u.findingsTitle(findings.length)}</p>
      <ul>
        {groups.flatMap(([name, list]) =>
          list.map((finding, index) => (
            <li key={`${name}:${finding.path}:${finding.code}:${index}`}>
              {name !== "" && <code>{name}</code>} {findingText(finding, locale)}
            </li>
          )),
        )}
      </ul>
    </div>
  );
}

function findingsOf(body: unknown): Finding[] {
  const inner = typeof body === "object" && body !== null ? (body as { error?: { findings?: unknown }; findings?: unknown }) : {};
  const list = inner.error?.findings ?? inner.findings;
  return Array.isArray(list) ? (list as Finding[]) : [];
}

function questionTitles(content: QuestionnaireDraft): Map<string, DraftText> {
  const titles = new Map<string, DraftText>();
  const walk = (list: unknown) => {
    if (!Array.isArray(list)) return;
    for (const element of list as Record<string, unknown>[]) {
      if (typeof element !== "object" || element === null) continue;
      if (typeof element.name === "string" && typeof element.title === "object" && element.title !== null) titles.set(element.name, element.title as DraftText);
      walk(element.elements);
    }
  };
  for (const page of content.survey.pages) walk(page.elements);
  return titles;
}

function textIn(text: DraftText | undefined, locale: Locale): string | undefined {
  const own = text?.[locale]?.trim();
  if (own !== undefined && own !== "") return own;
  const other = text?.[locale === "da" ? "en" : "da"]?.trim();
  return other === undefined || other === "" ? undefined : other;
}
