import type { Locale } from "@afrapport/schema";
import { useLocale } from "../../../i18n/locale-context.js";
import type { LiveEndReason, LiveState } from "./live-connection.js";

/** The words of the live editor: the connection, who is here, a reviewer's read-only note. */
export interface LiveMessages {
  loading: string;
  status: Record<Exclude<LiveState["kind"], "ended">, string>;
  ended: Record<LiveEndReason, string>;
  endedStatus: string;
  fallback: string;
  stashMerged(time: string): string;
  commentOnly: string;
  presenceLabel: string;
  presenceAlone: string;
  presenceOn(name: string, question: string): string;
  presenceHere(name: string): string;
  editingThis(names: string[]): string;
  onQuestion(names: string[]): string;
}

const list = (items: string[], and: string) => (items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${and} ${items.at(-1)}`);

export const liveDa: LiveMessages = {
  loading: "Forbinder til kladden …",
  status: {
    connecting: "Forbinder …",
    connected: "Forbundet – alle ændringer er delt",
    reconnecting: "Forbinder igen … dine ændringer gemmes, når forbindelsen er tilbage",
    offline: "Ingen forbindelse – dine ændringer gemmes i browseren og deles, når forbindelsen er tilbage",
    unavailable: "Direkte samarbejde er ikke tilgængeligt",
  },
  ended: {
    signedOut: "Du er blevet logget ud, så kladden kan kun læses. Log ind igen for at fortsætte.",
    forbidden: "Du har ikke længere adgang til at redigere kladden, så den kan kun læses.",
    missing: "Kladden findes ikke længere.",
    closed: "Kladden er blevet udgivet eller slettet, mens du arbejdede, og kan nu kun læses.",
    other: "Forbindelsen til kladden blev afbrudt. Genindlæs siden for at fortsætte.",
  },
  endedStatus: "Ikke forbundet",
  fallback:
    "Direkte samarbejde kunne ikke startes her (forbindelsen blev blokeret undervejs). Kladden gemmes i stedet på den almindelige måde, og kollegers ændringer flettes ind, når du gemmer.",
  stashMerged: (time) => `Ændringer fra kl. ${time}, som ikke nåede frem sidst, er nu flettet ind i kladden.`,
  commentOnly: "Du kan læse kladden og skrive kommentarer, men ikke ændre den.",
  presenceLabel: "Kolleger i kladden",
  presenceAlone: "Kun dig er her",
  presenceOn: (name, question) => `${name} – ved »${question}«`,
  presenceHere: (name) => `${name} – i kladden`,
  editingThis: (names) => `${list(names, "og")} redigerer dette spørgsmål`,
  onQuestion: (names) => `${list(names, "og")} er her`,
};

export const liveEn: LiveMessages = {
  loading: "Connecting to the draft …",
  status: {
    connecting: "Connecting …",
    connected: "Connected – all changes are shared",
    reconnecting: "Reconnecting … your changes are saved once the connection is back",
    offline: "No connection – your changes are kept in the browser and shared once the connection is back",
    unavailable: "Live co-authoring is not available",
  },
  ended: {
    signedOut: "You have been signed out, so the draft is read-only. Sign in again to continue.",
    forbidden: "You may no longer edit the draft, so it is read-only.",
    missing: "The draft no longer exists.",
    closed: "The draft was published or deleted while you worked and is now read-only.",
    other: "The connection to the draft was lost. Reload the page to continue.",
  },
  endedStatus: "Not connected",
  fallback:
    "Live co-authoring could not start here (the connection was blocked on the way). The draft is saved the usual way instead, and colleagues' changes are merged in when you save.",
  stashMerged: (time) => `Changes from ${time} that did not reach the server last time are now merged into the draft.`,
  commentOnly: "You can read the draft and write comments, but not change it.",
  presenceLabel: "Colleagues in the draft",
  presenceAlone: "Only you are here",
  presenceOn: (name, question) => `${name} – at “${question}”`,
  presenceHere: (name) => `${name} – in the draft`,
  editingThis: (names) => `${list(names, "and")} ${names.length === 1 ? "is" : "are"} editing this question`,
  onQuestion: (names) => `${list(names, "and")} ${names.length === 1 ? "is" : "are"} here`,
};

const byLocale: Record<Locale, LiveMessages> = { da: liveDa, en: liveEn };

export function useLiveMessages(): { l: LiveMessages; locale: Locale } {
  const { locale } = useLocale();
  return { l: byLocale[locale], locale };
}
