import type { AnyFigure, FilesItem } from "@afrapport/schema";
import { useReportMessages } from "./use-report-messages.js";
import { FigureValue } from "./figure-value.js";

const attachmentPrefix = "attachment:";

/**
 * The uploaded agreements as download links. A file question stores `attachment:<id>`; the secretariat's
 * download is GET /api/campaigns/:id/attachments/:aid (always a download, never shown in the page).
 */
export function FilesList({ item, attachmentHref }: { item: FilesItem<AnyFigure>; attachmentHref?: (attachmentId: string) => string }) {
  const { r } = useReportMessages();
  if (item.files.length === 0) return <p className="af-hint">{r.noFiles}</p>;
  return (
    <>
      <p>
        {r.filesHeading}: <FigureValue figure={item.count} />
      </p>
      <ul className="af-files">
        {item.files.map((file, i) => {
          const id = file.content.startsWith(attachmentPrefix) ? file.content.slice(attachmentPrefix.length) : undefined;
          return (
            <li key={`${file.respondent.responseId}-${i}`}>
              <span className="af-quote__who" lang="da">
                {file.respondent.respondentName}
              </span>
              {id !== undefined && attachmentHref !== undefined ? (
                <a href={attachmentHref(id)} download={file.name} aria-label={r.download(file.name)}>
                  <span lang="da">{file.name}</span>
                </a>
              ) : (
                <span lang="da">{file.name}</span>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
