import { useEffect, useState } from "react";

/**
 * A message that outlives one navigation (after "Opret indsamling", what really happened – see campaignCreatedText in
 * contacts/contact-status.ts – shown on the status board the create page leads to). Kept in memory only, shown once.
 */
let pending: { text: string; tone: "success" | "problem" } | null = null;

export function announceOnNextPage(text: string, tone: "success" | "problem" = "success"): void {
  pending = { text, tone };
}

/** Shows the pending message, if any, as a live status at the top of the page that takes it. */
export function NextPageNotice() {
  const [notice] = useState(() => pending);
  useEffect(() => {
    pending = null;
  }, []);
  if (notice === null) return null;
  return (
    <div className={`af-notice af-notice--${notice.tone}`} role={notice.tone === "problem" ? "alert" : "status"}>
      <p>{notice.text}</p>
    </div>
  );
}
