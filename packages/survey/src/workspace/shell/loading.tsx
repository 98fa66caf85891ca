import { useWorkspaceMessages } from "./use-workspace-messages.js";

/** "Indlæses …" as a polite status, while a page or its data is on the way. */
export function Loading({ label }: { label?: string }) {
  const { w } = useWorkspaceMessages();
  return (
    <p className="af-loading" role="status">
      {label ?? w.loadingPage}
    </p>
  );
}
