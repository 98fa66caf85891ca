import type { ReactNode } from "react";

/**
 * A table of the workspace: in a wrapper that scrolls sideways on a phone, with a caption for screen readers and
 * its column headings; `actions` names a last column of buttons, for screen readers only (its cells say what each
 * button does). The rows are the children.
 */
export function DataTable(props: { caption: string; columns: ReactNode[]; actions?: string; className?: string; children: ReactNode }) {
  return (
    <div className="af-ws-table-wrap">
      <table className={props.className === undefined ? "af-ws-table" : `af-ws-table ${props.className}`}>
        <caption className="af-visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            {props.columns.map((column, i) => (
              <th key={i} scope="col">
                {column}
              </th>
            ))}
            {props.actions !== undefined && (
              <th scope="col">
                <span className="af-visually-hidden">{props.actions}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
      </table>
    </div>
  );
}
