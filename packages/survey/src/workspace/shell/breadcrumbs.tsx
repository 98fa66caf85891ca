import { useWorkspaceMessages } from "./use-workspace-messages.js";
import { Link } from "./navigation.js";

export interface Crumb {
  label: string;
  /** none for the current page */
  href?: string;
}

/** "Indsamlinger › Gravide 2026 › Status": where the page sits; the last crumb is the page itself. */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  const { w } = useWorkspaceMessages();
  return (
    <nav className="af-ws-crumbs" aria-label={w.breadcrumbLabel}>
      <ol>
        {items.map((item, i) => (
          <li key={`${i}-${item.label}`}>
            {item.href !== undefined && i < items.length - 1 ? <Link href={item.href}>{item.label}</Link> : <span aria-current="page">{item.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
