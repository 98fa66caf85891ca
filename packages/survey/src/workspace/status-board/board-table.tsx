import { formatDateTime, formatNumber } from "../../format.js";
import type { BoardEntry } from "@afrapport/schema/api";
import { useWorkspaceMessages } from "../shell/use-workspace-messages.js";
import { filterBoard, type BoardFilter } from "./board-filter.js";
import { StateBadge } from "./state-badge.js";

/**
 * The respondents as a table: name (with kind and contact), state, last activity, reminders sent, effective
 * deadline (marked when extended) and – for the secretariat – a "Håndtér …" button per row. The count of rows
 * shown is announced politely when the filters change.
 */
export function BoardTable({ entries, filter, readOnly, onManage }: { entries: BoardEntry[]; filter: BoardFilter; readOnly: boolean; onManage(entry: BoardEntry): void }) {
  const { w, locale } = useWorkspaceMessages();
  const shown = filterBoard(entries, filter);
  return (
    <>
      <p className="af-ws-showing" role="status">
        {w.filterShowing(shown.length, entries.length)}
      </p>
      {shown.length === 0 ? (
        <p className="af-ws-empty">{w.filterNoMatch}</p>
      ) : (
        <div className="af-ws-table-wrap">
          <table className="af-ws-table af-ws-board-table">
            <caption className="af-visually-hidden">{w.boardTableCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{w.columnRespondent}</th>
                <th scope="col">{w.columnState}</th>
                <th scope="col">{w.columnLastActivity}</th>
                <th scope="col" className="af-ws-num">
                  {w.columnReminders}
                </th>
                <th scope="col">{w.columnEffectiveDeadline}</th>
                {!readOnly && (
                  <th scope="col">
                    <span className="af-visually-hidden">{w.columnActions}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {shown.map((entry) => (
                <tr key={entry.id}>
                  <th scope="row">
                    {entry.name}
                    <span className="af-ws-sub">
                      {w.kindNames[entry.kind]}
                      {entry.kind === "offer" && entry.operator !== null && isOperator(entry.operator) ? ` · ${w.operatorNames[entry.operator]}` : ""}
                      {" · "}
                      {entry.contactEmail ?? w.noContact}
                      {!entry.hasActiveLink ? ` · ${w.linkInactive}` : ""}
                    </span>
                  </th>
                  <td>
                    <StateBadge state={entry.state} />
                  </td>
                  <td className="af-ws-date">{entry.lastActivityAt === null ? w.noActivity : formatDateTime(entry.lastActivityAt, locale)}</td>
                  <td className="af-ws-num">{formatNumber(entry.remindersSent, locale, 0)}</td>
                  <td className="af-ws-date">
                    {formatDateTime(entry.deadline, locale)}
                    {entry.deadlineExtended && <span className="af-ws-sub">({w.deadlineExtendedMark})</span>}
                  </td>
                  {!readOnly && (
                    <td>
                      <button type="button" className="af-button af-button--small" onClick={() => onManage(entry)}>
                        {w.manage}
                        <span className="af-visually-hidden"> {entry.name}</span>
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function isOperator(value: string): value is "municipal" | "regional" | "private" {
  return value === "municipal" || value === "regional" || value === "private";
}
