import { TextField } from "./form-field.js";
import { useWorkspaceMessages } from "./use-workspace-messages.js";

/**
 * A deadline as two Danish text fields in one group: "Dato" (1.12.2026) and "Klokkeslæt" (12.00), in Danish
 * time. Plain text rather than the browser's date picker, whose format follows the browser's language, not
 * Danish; `danish-date.ts` reads them.
 */
export function DeadlineFields(props: {
  legend: string;
  hint?: string;
  dateId: string;
  timeId: string;
  date: string;
  time: string;
  dateError?: string | undefined;
  timeError?: string | undefined;
  onDate(value: string): void;
  onTime(value: string): void;
}) {
  const { w } = useWorkspaceMessages();
  return (
    <fieldset className="af-ws-fieldset">
      <legend>{props.legend}</legend>
      {props.hint !== undefined && <p className="af-hint">{props.hint}</p>}
      <div className="af-ws-fieldset__row">
        <TextField
          id={props.dateId}
          className="af-ws-field--date"
          label={w.dateLabel}
          hint={w.dateHint}
          inputMode="numeric"
          autoComplete="off"
          value={props.date}
          error={props.dateError}
          onChange={(event) => props.onDate(event.target.value)}
        />
        <TextField
          id={props.timeId}
          className="af-ws-field--time"
          label={w.timeLabel}
          hint={w.timeHint}
          inputMode="numeric"
          autoComplete="off"
          value={props.time}
          error={props.timeError}
          onChange={(event) => props.onTime(event.target.value)}
        />
      </div>
    </fieldset>
  );
}
