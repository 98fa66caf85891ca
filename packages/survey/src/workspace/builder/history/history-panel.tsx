import "./history.css";
import type { DraftText, Locale, QuestionnaireDraft } from "@afrapport/schema";
import { questionnaireApi, type DraftRevision, type DraftView } from "@afrapport/schema/api";
import { useEffect, useId, useRef, useState } from "react";
import { formatDateTime } from "../../../format.js";
import { useSession } from "../../auth/session-context.js";
import { apiErrorText } from "../../shell/api-error-text.js";
import { DataTable } from "../../shell/data-table.js";
import { Loading } from "../../shell/loading.js";
import { InlineProblem, LoadProblem } from "../../shell/problem.js";
import { useLoad } from "../../shell/use-load.js";
import { useWorkspaceMessages } from "../../shell/use-workspace-messages.js";
import { JsonView } from "../json/json-view.js";
import { changeKindText } from "../publish/change-words.js";
import { DraftPreview } from "../preview/draft-preview.js";
import { SegmentedChoice } from "../preview/segmented-choice.js";
import { useHistoryMessages, type HistoryMessages } from "./history-messages.js";
import { revisionDiff, type DiffQuestion } from "./revision-diff.js";

/** How many revisions show at first; every debounced save is one, so a day's work makes many. */
const PAGE = 20;

/**
 * The draft's revisions, newest first: who made each and when, what kind (created, imported, saved, merged,
 * restored from rev. N) and how many findings it had. Any one can be viewed – its content in the preview or as
 * JSON, and what differs from the current content – and restored as a new revision.
 */
export function HistoryPanel({ draftId, revision, readOnly, onRestored }: { draftId: string; revision: number; readOnly: boolean; onRestored(draft: DraftView): void }) {
  const { api } = useSession();
  const { h, locale } = useHistoryMessages();
  const headingId = useId();
  const { loaded, reload } = useLoad(() => api.call(questionnaireApi.revisions, { params: { draftId } }), `${draftId}:${revision}`);
  const [selected, setSelected] = useState<number | null>(null);
  const [shown, setShown] = useState(PAGE);
  const [notice, setNotice] = useState<{ tone: "success" | "problem"; text: string } | null>(null);
  const viewButtons = useRef(new Map<number, HTMLButtonElement>());

  // after a colleague's save the list knows a newer revision than the page: that is the one to compare with and
  // to restore on top of (the server refuses any other)
  const latest = Math.max(revision, loaded.status === "ok" ? (loaded.value.revisions[0]?.revision ?? 0) : 0);

  const close = () => {
    const back = selected === null ? undefined : viewButtons.current.get(selected);
    setSelected(null);
    back?.focus();
  };

  return (
    <section className="af-history" aria-labelledby={headingId}>
      <h2 id={headingId}>{h.title}</h2>
      <p className="af-hint">{readOnly ? h.readOnlyNote : h.intro}</p>
      <div role="status">{notice?.tone === "success" && <p className="af-notice af-notice--success">{notice.text}</p>}</div>
      {notice?.tone === "problem" && <InlineProblem>{notice.text}</InlineProblem>}
      {loaded.status === "loading" ? (
        <Loading />
      ) : loaded.status === "error" ? (
        <LoadProblem text={loaded.text} onRetry={reload} />
      ) : loaded.value.revisions.length === 0 ? (
        <p>{h.empty}</p>
      ) : (
        <>
          <DataTable caption={h.caption} columns={[h.columnRevision, h.columnKind, h.columnWho, h.columnWhen, h.columnFindings]} actions={h.columnActions} className="af-history__table">
            {loaded.value.revisions.slice(0, shown).map((row) => (
              <tr key={row.revision} aria-current={row.revision === selected ? "true" : undefined} className={row.revision === selected ? "af-history__selected" : undefined}>
                <th scope="row">
                  {row.revision}
                  {row.revision === latest && <span className="af-history__current"> ({h.current})</span>}
                </th>
                <td>{h.kindText(row)}</td>
                <td>{row.author?.name ?? h.unknownPerson}</td>
                <td>{formatDateTime(row.createdAt, locale)}</td>
                <td>{h.findings(row.findings)}</td>
                <td>
                  <button
                    type="button"
                    className="af-button af-button--small"
                    aria-label={h.viewLabel(row.revision)}
                    aria-pressed={row.revision === selected}
                    ref={(element) => {
                      if (element === null) viewButtons.current.delete(row.revision);
                      else viewButtons.current.set(row.revision, element);
                    }}
                    onClick={() => {
                      setNotice(null);
                      setSelected(row.revision === selected ? null : row.revision);
                    }}
                  >
                    {h.view}
                  </button>
                </td>
              </tr>
            ))}
          </DataTable>
          {loaded.value.revisions.length > shown && (
            <p>
              <button type="button" className="af-button af-button--small" onClick={() => setShown((n) => n + PAGE)}>
                {h.showMore(loaded.value.revisions.length - shown)}
              </button>
            </p>
          )}
          {selected !== null && (
            <RevisionDetail
              key={selected}
              draftId={draftId}
              row={loaded.value.revisions.find((candidate) => candidate.revision === selected) ?? null}
              selected={selected}
              current={latest}
              readOnly={readOnly}
              onClose={close}
              onRestored={(draft) => {
                setSelected(null);
                setNotice({ tone: "success", text: h.restored(selected) });
                onRestored(draft);
              }}
              onStale={() => {
                setSelected(null);
                setNotice({ tone: "problem", text: h.staleRestore });
                reload();
              }}
            />
          )}
        </>
      )}
    </section>
  );
}

function RevisionDetail({
  draftId,
  row,
  selected,
  current,
  readOnly,
  onClose,
  onRestored,
  onStale,
}: {
  draftId: string;
  row: DraftRevision | null;
  selected: number;
  current: number;
  readOnly: boolean;
  onClose(): void;
  onRestored(draft: DraftView): void;
  onStale(): void;
}) {
  const { api } = useSession();
  const { w } = useWorkspaceMessages();
  const { h, locale } = useHistoryMessages();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [mode, setMode] = useState<"preview" | "json">("preview");
  const [restoring, setRestoring] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const chosen = useLoad(() => api.call(questionnaireApi.revision, { params: { draftId, revision: selected } }), `${draftId}:${selected}`);
  const now = useLoad(() => api.call(questionnaireApi.revision, { params: { draftId, revision: current } }), `${draftId}:${current}`);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  const restore = async () => {
    setRestoring(true);
    setProblem(null);
    const result = await api.call(questionnaireApi.restore, { params: { draftId }, body: { revision: selected, baseRevision: current } });
    setRestoring(false);
    if (result.ok) onRestored(result.value.draft);
    else if (result.error.status === 409) onStale();
    else setProblem(apiErrorText(result.error, w));
  };

  return (
    <section className="af-history__detail" aria-labelledby={headingId}>
      <div className="af-history__detail-head">
        <h3 id={headingId} ref={heading} tabIndex={-1}>
          {h.detailTitle(selected)}
        </h3>
        <button type="button" className="af-button af-button--small" onClick={onClose}>
          {h.closeDetail}
        </button>
      </div>
      {row !== null && <p>{h.detailFacts(h.kindText(row), row.author?.name ?? h.unknownPerson, formatDateTime(row.createdAt, locale))}</p>}
      {chosen.loaded.status === "loading" || now.loaded.status === "loading" ? (
        <Loading />
      ) : chosen.loaded.status === "error" ? (
        <LoadProblem text={chosen.loaded.text} onRetry={chosen.reload} />
      ) : now.loaded.status === "error" ? (
        <LoadProblem text={now.loaded.text} onRetry={now.reload} />
      ) : (
        <>
          {selected === current ? (
            <p>{h.isCurrent}</p>
          ) : (
            <>
              <DiffSummary from={chosen.loaded.value.content} to={now.loaded.value.content} selected={selected} current={current} h={h} locale={locale} />
              {!readOnly && (
                <p className="af-ws-actions">
                  <button type="button" className="af-button af-button--primary" disabled={restoring} onClick={() => void restore()}>
                    {restoring ? h.restoring : h.restore}
                  </button>
                </p>
              )}
              {problem !== null && <InlineProblem>{problem}</InlineProblem>}
            </>
          )}
          <SegmentedChoice<"preview" | "json">
            label={h.showAs}
            options={[
              { value: "preview", label: h.showPreview },
              { value: "json", label: h.showJson },
            ]}
            value={mode}
            onChange={setMode}
          />
          <div className="af-history__content">
            {mode === "preview" ? <DraftPreview draft={chosen.loaded.value.content} /> : <JsonView draft={chosen.loaded.value.content} readOnly onChange={() => undefined} />}
          </div>
        </>
      )}
    </section>
  );
}

function DiffSummary({ from, to, selected, current, h, locale }: { from: QuestionnaireDraft; to: QuestionnaireDraft; selected: number; current: number; h: HistoryMessages; locale: Locale }) {
  const diff = revisionDiff(from, to);
  const label = (question: Pick<DiffQuestion, "name" | "title">) => `${textIn(question.title, locale) ?? h.untitled} (${question.name})`;
  return (
    <div className="af-history__diff">
      <h4>{h.compareTitle(current, selected)}</h4>
      {diff.same ? (
        <p>{h.same}</p>
      ) : (
        <dl>
          <Group title={h.onlyInRevision(selected)} items={diff.removed.map(label)} />
          <Group title={h.onlyNow} items={diff.added.map(label)} />
          <Group title={h.renamed} items={diff.renamed.map((r) => `${r.from} → ${r.to}`)} />
          <Group
            title={h.changed}
            items={diff.changed.map((c) => (c.kinds.length === 0 ? label(c) : `${label(c)}: ${c.kinds.map((kind) => lowerFirst(changeKindText(kind, locale))).join(", ")}`))}
          />
          <Group title={h.pagesOnlyInRevision(selected)} items={diff.pages.removed} />
          <Group title={h.pagesOnlyNow} items={diff.pages.added} />
          <Group title={h.other} items={diff.other.map((kind) => changeKindText(kind, locale))} />
        </dl>
      )}
    </div>
  );
}

function Group({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <div className="af-history__group">
      <dt>{title}</dt>
      {items.map((item, index) => (
        <dd key={`${index}:${item}`}>{item}</dd>
      ))}
    </div>
  );
}

/** The text in the reader's language, else the other, else nothing. */
function textIn(text: DraftText, locale: Locale): string | undefined {
  const own = text[locale]?.trim();
  if (own !== undefined && own !== "") return own;
  const other = text[locale === "da" ? "en" : "da"]?.trim();
  return other === undefined || other === "" ? undefined : other;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
