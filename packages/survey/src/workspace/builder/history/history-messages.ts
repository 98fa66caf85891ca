import type { Locale } from "@afrapport/schema";
import type { DraftRevision } from "@afrapport/schema/api";
import { useLocale } from "../../../i18n/locale-context.js";

/** The history's words. */
export interface HistoryMessages {
  title: string;
  intro: string;
  readOnlyNote: string;
  caption: string;
  columnRevision: string;
  columnKind: string;
  columnWho: string;
  columnWhen: string;
  columnFindings: string;
  columnActions: string;
  kindText: (revision: Pick<DraftRevision, "kind" | "restoredFrom">) => string;
  current: string;
  unknownPerson: string;
  findings: (count: number) => string;
  view: string;
  viewLabel: (revision: number) => string;
  showMore: (remaining: number) => string;
  empty: string;
  detailTitle: (revision: number) => string;
  detailFacts: (kind: string, who: string, when: string) => string;
  closeDetail: string;
  isCurrent: string;
  compareTitle: (current: number, revision: number) => string;
  same: string;
  onlyInRevision: (revision: number) => string;
  onlyNow: string;
  renamed: string;
  changed: string;
  pagesOnlyInRevision: (revision: number) => string;
  pagesOnlyNow: string;
  other: string;
  untitled: string;
  showAs: string;
  showPreview: string;
  showJson: string;
  restore: string;
  restoring: string;
  restored: (revision: number) => string;
  staleRestore: string;
}

export const historyDa: HistoryMessages = {
  title: "Historik",
  intro: "Hver gemning er en revision. Du kan se enhver revision og gendanne den – gendannelsen bliver en ny revision, så intet går tabt.",
  readOnlyNote: "Du har kun læseadgang til kladden, så du kan se historikken, men ikke gendanne.",
  caption: "Kladdens revisioner, nyeste først",
  columnRevision: "Revision",
  columnKind: "Hvad",
  columnWho: "Hvem",
  columnWhen: "Hvornår",
  columnFindings: "Fund",
  columnActions: "Handlinger",
  kindText: ({ kind, restoredFrom }) =>
    kind === "create"
      ? "Oprettet"
      : kind === "import"
        ? "Importeret"
        : kind === "save"
          ? "Gemt"
          : kind === "merge"
            ? "Flettet med en kollegas ændringer"
            : kind === "live"
              ? "Redigeret sammen"
              : restoredFrom === null
              ? "Gendannet"
              : `Gendannet fra rev. ${restoredFrom}`,
  current: "nuværende",
  unknownPerson: "Ukendt",
  findings: (count) => (count === 0 ? "Ingen" : String(count)),
  view: "Vis",
  viewLabel: (revision) => `Vis revision ${revision}`,
  showMore: (remaining) => `Vis flere (${remaining} til)`,
  empty: "Kladden har endnu ingen revisioner.",
  detailTitle: (revision) => `Revision ${revision}`,
  detailFacts: (kind, who, when) => `${kind} af ${who}, ${when}.`,
  closeDetail: "Luk revisionen",
  isCurrent: "Det er den nuværende version.",
  compareTitle: (current, revision) => `Forskelle mellem den nuværende version (rev. ${current}) og revision ${revision}`,
  same: "Indholdet er det samme som nu.",
  onlyInRevision: (revision) => `Spørgsmål, der kun findes i revision ${revision}`,
  onlyNow: "Spørgsmål, der kun findes nu",
  renamed: "Omdøbt siden",
  changed: "Ændret siden",
  pagesOnlyInRevision: (revision) => `Sider, der kun findes i revision ${revision}`,
  pagesOnlyNow: "Sider, der kun findes nu",
  other: "Andre ændringer",
  untitled: "(uden titel)",
  showAs: "Vis revisionen som",
  showPreview: "Forhåndsvisning",
  showJson: "JSON",
  restore: "Gendan denne version",
  restoring: "Gendanner …",
  restored: (revision) => `Revision ${revision} er gendannet som en ny revision.`,
  staleRestore: "En kollega har gemt kladden imens, så den blev ikke gendannet. Historikken er hentet igen – se den nyeste version igennem, og gendan igen, hvis du stadig vil.",
};

export const historyEn: HistoryMessages = {
  title: "History",
  intro: "Every save is a revision. You can view any revision and restore it – the restore becomes a new revision, so nothing is lost.",
  readOnlyNote: "You can only read this draft, so you can view its history but not restore.",
  caption: "The draft's revisions, newest first",
  columnRevision: "Revision",
  columnKind: "What",
  columnWho: "Who",
  columnWhen: "When",
  columnFindings: "Findings",
  columnActions: "Actions",
  kindText: ({ kind, restoredFrom }) =>
    kind === "create"
      ? "Created"
      : kind === "import"
        ? "Imported"
        : kind === "save"
          ? "Saved"
          : kind === "merge"
            ? "Merged with a colleague's changes"
            : kind === "live"
              ? "Edited together"
              : restoredFrom === null
              ? "Restored"
              : `Restored from rev. ${restoredFrom}`,
  current: "current",
  unknownPerson: "Unknown",
  findings: (count) => (count === 0 ? "None" : String(count)),
  view: "View",
  viewLabel: (revision) => `View revision ${revision}`,
  showMore: (remaining) => `Show more (${remaining} left)`,
  empty: "The draft has no revisions yet.",
  detailTitle: (revision) => `Revision ${revision}`,
  detailFacts: (kind, who, when) => `${kind} by ${who}, ${when}.`,
  closeDetail: "Close the revision",
  isCurrent: "This is the current version.",
  compareTitle: (current, revision) => `Differences between the current version (rev. ${current}) and revision ${revision}`,
  same: "The content is the same as now.",
  onlyInRevision: (revision) => `Questions only in revision ${revision}`,
  onlyNow: "Questions only there now",
  renamed: "Renamed since",
  changed: "Changed since",
  pagesOnlyInRevision: (revision) => `Pages only in revision ${revision}`,
  pagesOnlyNow: "Pages only there now",
  other: "Other changes",
  untitled: "(no title)",
  showAs: "Show the revision as",
  showPreview: "Preview",
  showJson: "JSON",
  restore: "Restore this version",
  restoring: "Restoring …",
  restored: (revision) => `Revision ${revision} is restored as a new revision.`,
  staleRestore: "A colleague saved the draft meanwhile, so it was not restored. The history is loaded again – look through the newest version, and restore again if you still want to.",
};

const byLocale: Record<Locale, HistoryMessages> = { da: historyDa, en: historyEn };

export function historyMessagesFor(locale: Locale): HistoryMessages {
  return byLocale[locale];
}

export function useHistoryMessages(): { h: HistoryMessages; locale: Locale } {
  const { locale } = useLocale();
  return { h: byLocale[locale], locale };
}
