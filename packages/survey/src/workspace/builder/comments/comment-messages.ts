import type { Locale } from "@afrapport/schema";
import { useLocale } from "../../../i18n/locale-context.js";

/** The words of the draft's comments: the threads on a question, the list of all, the mention picker. */
export interface CommentMessages {
  panelHeading: string;
  panelHeadingDraft: string;
  none: string;
  startLabel: string;
  startButton: string;
  replyLabel(author: string): string;
  replyButton: string;
  resolve: string;
  reopen: string;
  resolvedBy(name: string, when: string): string;
  wrote(name: string, when: string): string;
  mentioned(names: string[]): string;
  mentionHint: string;
  mentionListLabel: string;
  mentionNone: string;
  mentionOption(name: string, organisation: string | null): string;
  access: Record<"edit" | "comment", string>;
  empty: string;
  tooLong(max: number): string;
  sent: string;
  resolvedDone: string;
  reopenedDone: string;
  failed(reason: string): string;
  loadFailed: string;
  retry: string;
  listHeading(open: number): string;
  filterLabel: string;
  filter: Record<"open" | "resolved" | "all", string>;
  listEmpty: Record<"open" | "resolved" | "all", string>;
  onQuestion(title: string): string;
  onDraft: string;
  goTo(title: string): string;
  replies(count: number): string;
  threadLabel(author: string): string;
}

const list = (items: string[], and: string) => (items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${and} ${items.at(-1)}`);

export const commentsDa: CommentMessages = {
  panelHeading: "Kommentarer til spørgsmålet",
  panelHeadingDraft: "Kommentarer til hele kladden",
  none: "Ingen kommentarer endnu.",
  startLabel: "Ny kommentar",
  startButton: "Skriv kommentar",
  replyLabel: (author) => `Svar til ${author}`,
  replyButton: "Svar",
  resolve: "Markér som løst",
  reopen: "Åbn igen",
  resolvedBy: (name, when) => `Løst af ${name} ${when}`,
  wrote: (name, when) => `${name}, ${when}`,
  mentioned: (names) => `Nævner ${list(names, "og")}`,
  mentionHint: "Skriv @ og et navn for at nævne en kollega – de får en e-mail.",
  mentionListLabel: "Kolleger, du kan nævne",
  mentionNone: "Ingen kolleger med det navn",
  mentionOption: (name, organisation) => (organisation === null ? name : `${name} (${organisation})`),
  access: { edit: "redigerer", comment: "kommenterer" },
  empty: "Skriv en kommentar først.",
  tooLong: (max) => `Kommentaren må højst være ${max.toLocaleString("da-DK")} tegn.`,
  sent: "Kommentaren er sendt.",
  resolvedDone: "Tråden er markeret som løst.",
  reopenedDone: "Tråden er åbnet igen.",
  failed: (reason) => `Kunne ikke sende: ${reason}`,
  loadFailed: "Kommentarerne kunne ikke hentes.",
  retry: "Prøv igen",
  listHeading: (open) => (open === 1 ? "Kommentarer (1 åben)" : `Kommentarer (${open} åbne)`),
  filterLabel: "Vis",
  filter: { open: "Åbne", resolved: "Løste", all: "Alle" },
  listEmpty: { open: "Ingen åbne kommentarer.", resolved: "Ingen løste kommentarer.", all: "Ingen kommentarer endnu." },
  onQuestion: (title) => `Ved »${title}«`,
  onDraft: "Hele kladden",
  goTo: (title) => `Gå til »${title}«`,
  replies: (count) => (count === 0 ? "ingen svar" : count === 1 ? "1 svar" : `${count} svar`),
  threadLabel: (author) => `Tråd startet af ${author}`,
};

export const commentsEn: CommentMessages = {
  panelHeading: "Comments on the question",
  panelHeadingDraft: "Comments on the whole draft",
  none: "No comments yet.",
  startLabel: "New comment",
  startButton: "Post comment",
  replyLabel: (author) => `Reply to ${author}`,
  replyButton: "Reply",
  resolve: "Mark as resolved",
  reopen: "Reopen",
  resolvedBy: (name, when) => `Resolved by ${name} ${when}`,
  wrote: (name, when) => `${name}, ${when}`,
  mentioned: (names) => `Mentions ${list(names, "and")}`,
  mentionHint: "Type @ and a name to mention a colleague – they get an e-mail.",
  mentionListLabel: "Colleagues you can mention",
  mentionNone: "No colleague by that name",
  mentionOption: (name, organisation) => (organisation === null ? name : `${name} (${organisation})`),
  access: { edit: "edits", comment: "comments" },
  empty: "Write a comment first.",
  tooLong: (max) => `A comment can be at most ${max.toLocaleString("en-GB")} characters.`,
  sent: "The comment was posted.",
  resolvedDone: "The thread is marked as resolved.",
  reopenedDone: "The thread is open again.",
  failed: (reason) => `Could not post: ${reason}`,
  loadFailed: "The comments could not be loaded.",
  retry: "Try again",
  listHeading: (open) => (open === 1 ? "Comments (1 open)" : `Comments (${open} open)`),
  filterLabel: "Show",
  filter: { open: "Open", resolved: "Resolved", all: "All" },
  listEmpty: { open: "No open comments.", resolved: "No resolved comments.", all: "No comments yet." },
  onQuestion: (title) => `At “${title}”`,
  onDraft: "The whole draft",
  goTo: (title) => `Go to “${title}”`,
  replies: (count) => (count === 0 ? "no replies" : count === 1 ? "1 reply" : `${count} replies`),
  threadLabel: (author) => `Thread started by ${author}`,
};

const byLocale: Record<Locale, CommentMessages> = { da: commentsDa, en: commentsEn };

export function useCommentMessages(): { c: CommentMessages; locale: Locale } {
  const { locale } = useLocale();
  return { c: byLocale[locale], locale };
}
