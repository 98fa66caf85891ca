import type { ContactRow } from "@afrapport/schema";
import { useContactsMessages } from "./contacts-messages.js";

/**
 * The rows read, before they are saved: each row's number, the municipality it matched (or what was written), the
 * name, the e-mail, and "OK" or what is wrong – in words, with the row marked, not by colour alone.
 */
export function ContactPreviewTable({ rows }: { rows: readonly ContactRow[] }) {
  const { c } = useContactsMessages();
  return (
    <div className="af-ws-table-wrap">
      <table className="af-ws-table af-ws-contacts-table">
        <caption className="af-visually-hidden">{c.previewCaption}</caption>
        <thead>
          <tr>
            <th scope="col" className="af-ws-num">
              {c.colRow}
            </th>
            <th scope="col">{c.colKommune}</th>
            <th scope="col">{c.colName}</th>
            <th scope="col">{c.colEmail}</th>
            <th scope="col">{c.colCheck}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.row} className={row.problems.length === 0 ? undefined : "af-ws-contacts-table__problem"}>
              <td className="af-ws-num">{row.row}</td>
              <th scope="row">{row.kommune?.name ?? row.kommuneText}</th>
              <td>{row.contactName}</td>
              <td>{row.contactEmail}</td>
              <td>
                {row.problems.length === 0 ? (
                  c.rowOk
                ) : (
                  <ul className="af-ws-contacts-table__problems">
                    {row.problems.map((problem, i) => (
                      <li key={i}>{c.problemText(problem)}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
