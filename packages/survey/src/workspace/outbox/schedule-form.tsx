import { useEffect, useState, type FormEvent } from "react";
import { useSession } from "../auth/session-context.js";
import { apiErrorText } from "../shell/api-error-text.js";
import { TextField } from "../shell/form-field.js";
import { Loading } from "../shell/loading.js";
import { InlineProblem } from "../shell/problem.js";
import { useLoad } from "../shell/use-load.js";
import { useWorkspaceMessages } from "../shell/use-workspace-messages.js";
import { formatReminderDays, parseReminderDays } from "./reminder-days.js";

/** The automatic reminders: days before each respondent's deadline ("7, 2"), saved as a list. */
export function ScheduleForm({ campaignId, readOnly }: { campaignId: string; readOnly: boolean }) {
  const { w } = useWorkspaceMessages();
  const { api } = useSession();
  const { loaded, set } = useLoad(() => api.getReminderSchedule(campaignId), campaignId);
  const [text, setText] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [saved, setSaved] = useState("");
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (loaded.status === "ok" && text === null) setText(formatReminderDays(loaded.value.daysBefore));
  }, [loaded, text]);

  if (loaded.status === "loading") return <Loading />;
  if (loaded.status === "error") return <InlineProblem>{loaded.text}</InlineProblem>;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setSaved("");
    const days = parseReminderDays(text ?? "");
    if (days === null) {
      setProblem(w.errorDaysInvalid);
      document.getElementById("schedule-days")?.focus();
      return;
    }
    setBusy(true);
    const result = await api.setReminderSchedule(campaignId, days);
    setBusy(false);
    if (!result.ok) {
      setProblem(apiErrorText(result.error, w, { overrides: { validation_failed: w.errorDaysInvalid, bad_request: w.errorDaysInvalid } }));
      document.getElementById("schedule-days")?.focus();
      return;
    }
    setProblem(undefined);
    set(result.value);
    setText(formatReminderDays(result.value.daysBefore));
    setSaved(w.scheduleSaved(formatReminderDays(result.value.daysBefore, w.and)));
  };

  return (
    <section className="af-ws-section" aria-labelledby="schedule-heading">
      <h2 id="schedule-heading">{w.scheduleHeading}</h2>
      <p>{w.scheduleExplain}</p>
      {readOnly ? (
        <p>{loaded.value.daysBefore.length === 0 ? w.scheduleNone : w.scheduleSaved(formatReminderDays(loaded.value.daysBefore, w.and))}</p>
      ) : (
        <form className="af-ws-form af-ws-inline-form" noValidate onSubmit={(event) => void submit(event)}>
          <TextField
            id="schedule-days"
            label={w.scheduleDays}
            hint={w.scheduleDaysHint}
            inputMode="numeric"
            autoComplete="off"
            value={text ?? ""}
            error={problem}
            onChange={(event) => setText(event.target.value)}
          />
          <div className="af-ws-actions">
            <button type="submit" className="af-button" aria-disabled={busy}>
              {busy ? w.saving : w.save}
            </button>
          </div>
        </form>
      )}
      <p role="status" className="af-ws-saved">
        {saved}
      </p>
    </section>
  );
}
