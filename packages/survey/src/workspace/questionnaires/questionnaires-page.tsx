import type { AnnouncementView, DraftSummary } from "@afrapport/schema/api";
import { useEffect, useRef, useState } from "react";
import { useDocumentTitle } from "../../app/use-document-title.js";
import { useSession } from "../auth/session-context.js";
import { NextPageNotice } from "../campaigns/next-page-notice.js";
import { useAnnouncements } from "../catalogue/use-announcements.js";
import { Loading } from "../shell/loading.js";
import { LoadProblem } from "../shell/problem.js";
import { AnnouncementDialog, type AnnouncementDialogState, type AnnouncementDone } from "./announcement-dialog.js";
import { announcementAnchor } from "../workspace-routes.js";
import { AnnouncementSection, type AnnouncementActions } from "./announcement-section.js";
import { announcementAbilities, splitArchived } from "./catalogue-entries.js";
import { DiscardDraftDialog } from "./discard-draft-dialog.js";
import { ImportDialog } from "./import-dialog.js";
import { NewQuestionnaireDialog } from "./new-questionnaire-dialog.js";
import { useQuestionnairesMessages } from "./questionnaires-messages.js";
import { useNewVersion } from "./use-new-version.js";
import "./questionnaires.css";

type DialogState =
  | { kind: "announcement"; state: AnnouncementDialogState }
  | { kind: "questionnaire"; announcementId: string | null }
  | { kind: "import"; announcementId: string | null }
  | { kind: "discard"; draft: DraftSummary };

/**
 * /sekretariat/spoergeskemaer: every announcement the user may see – the ones in use first, the archived ones
 * folded away – each with its questionnaires, their versions and the drafts the user may open; and the ways to
 * start: a new announcement, a new questionnaire, an import, a new version, a copy for a new target group.
 */
export function QuestionnairesPage() {
  const { q, locale } = useQuestionnairesMessages();
  const { canManage } = useSession();
  useDocumentTitle(q.title);
  const { loaded, reload } = useAnnouncements("include");
  const [dialog, setDialog] = useState<DialogState | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // the announcement to bring into view once the list loaded after a change (not the list shown before it)
  const [goTo, setGoTo] = useState<{ anchor: string; shownBefore: AnnouncementView[] | null } | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const newVersion = useNewVersion();

  const announcements = loaded.status === "ok" ? loaded.value : [];
  const draftable = announcements.filter((announcement) => announcementAbilities(announcement, canManage).draft);

  // after a change: say so, and bring the announcement it concerned into view once the list has it
  useEffect(() => {
    if (notice !== null) noticeRef.current?.focus();
  }, [notice]);
  const shown = loaded.status === "ok" ? loaded.value : null;
  const arrived = useRef(false);
  useEffect(() => {
    if (shown === null || (goTo !== null && shown === goTo.shownBefore)) return;
    // an address with #udmelding-<id> on arrival, or the announcement just changed
    const hash = arrived.current ? null : decodeURIComponent(window.location.hash.slice(1));
    arrived.current = true;
    const id = goTo?.anchor ?? hash;
    const section = id === null || id === "" ? null : document.getElementById(id);
    if (goTo !== null) setGoTo(null);
    if (section === null) return;
    const folded = section.closest("details");
    if (folded !== null) folded.open = true;
    section.scrollIntoView({ block: "start" });
  }, [goTo, shown]);

  const done = (text: string, announcementId?: string) => {
    setDialog(null);
    setNotice(text);
    if (announcementId !== undefined) setGoTo({ anchor: announcementAnchor(announcementId), shownBefore: loaded.status === "ok" ? loaded.value : null });
    reload();
  };

  const actions: AnnouncementActions = {
    newQuestionnaire: (announcementId) => setDialog({ kind: "questionnaire", announcementId }),
    edit: (announcement) => setDialog({ kind: "announcement", state: { mode: "edit", announcement } }),
    copy: (announcement) => setDialog({ kind: "announcement", state: { mode: "copy", announcement } }),
    discard: (draft) => setDialog({ kind: "discard", draft }),
    newVersion,
  };
  const titles = new Map(announcements.map((announcement) => [announcement.id, announcement.title[locale]]));
  const section = (announcement: AnnouncementView) => (
    <AnnouncementSection
      key={announcement.id}
      announcement={announcement}
      titleOf={(id) => titles.get(id) ?? id}
      canManage={canManage}
      actions={actions}
    />
  );
  const { current, archived } = splitArchived(announcements);

  return (
    <div className="af-ws-page af-q-page">
      <NextPageNotice />
      <div className="af-ws-page-head">
        <div>
          <h1>{q.title}</h1>
          <p className="af-lead">{canManage ? q.intro : q.introReader}</p>
        </div>
        {canManage && (
          <div className="af-ws-actions">
            <button type="button" className="af-button af-button--primary" onClick={() => setDialog({ kind: "announcement", state: { mode: "create" } })}>
              {q.newAnnouncement}
            </button>
            <button type="button" className="af-button" onClick={() => setDialog({ kind: "import", announcementId: null })}>
              {q.importSurveyJs}
            </button>
          </div>
        )}
      </div>
      <div role="status" className="af-ws-live">
        {notice !== null && (
          <div className="af-notice af-notice--success" tabIndex={-1} ref={noticeRef}>
            <p>{notice}</p>
          </div>
        )}
      </div>
      {loaded.status === "loading" && <Loading />}
      {loaded.status === "error" && <LoadProblem text={loaded.text} onRetry={reload} />}
      {loaded.status === "ok" &&
        (announcements.length === 0 ? (
          <p className="af-ws-empty">{q.empty}</p>
        ) : (
          <>
            {current.map(section)}
            {archived.length > 0 && (
              <details className="af-ws-details af-q-archived">
                <summary>{q.archivedHeading(archived.length)}</summary>
                {archived.map(section)}
              </details>
            )}
          </>
        ))}

      <AnnouncementDialog
        state={dialog?.kind === "announcement" ? dialog.state : null}
        onClose={() => setDialog(null)}
        onDone={({ announcementId, text }: AnnouncementDone) => done(text, announcementId)}
      />
      <NewQuestionnaireDialog
        open={dialog?.kind === "questionnaire"}
        announcements={draftable}
        announcementId={dialog?.kind === "questionnaire" ? dialog.announcementId : null}
        onClose={() => setDialog(null)}
      />
      <ImportDialog
        open={dialog?.kind === "import"}
        announcements={draftable}
        announcementId={dialog?.kind === "import" ? dialog.announcementId : null}
        onClose={(imported) => {
          setDialog(null);
          if (imported) reload();
        }}
      />
      <DiscardDraftDialog draft={dialog?.kind === "discard" ? dialog.draft : null} onClose={() => setDialog(null)} onDone={(text) => done(text)} />
    </div>
  );
}
