import "./live.css";
import type { CSSProperties } from "react";
import { useLiveMessages } from "./live-messages.js";
import type { Peer } from "./presence.js";

const badgeStyle = (peer: Peer): CSSProperties => ({ backgroundColor: peer.color });

/**
 * Who else is in the draft, in the header: a round badge with initials per person, in their colour, and the same
 * as a list a screen reader reads ("Mette Hansen – ved »Antal borgere«"); the badge's title says it on hover.
 */
export function PresenceList({ peers, titleOf }: { peers: readonly Peer[]; titleOf(name: string): string }) {
  const { l } = useLiveMessages();
  const describe = (peer: Peer) => (peer.element === null ? l.presenceHere(peer.name) : l.presenceOn(peer.name, titleOf(peer.element)));
  return (
    <section className="af-presence" aria-label={l.presenceLabel}>
      {peers.length === 0 ? (
        <p className="af-hint af-presence__alone">{l.presenceAlone}</p>
      ) : (
        <ul className="af-presence__list">
          {peers.map((peer) => (
            <li key={peer.id} className="af-presence__person" title={describe(peer)}>
              <span className="af-presence__badge" style={badgeStyle(peer)} aria-hidden="true">
                {peer.initials}
              </span>
              <span className="af-visually-hidden">{describe(peer)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Above the question's panel: "Mette Hansen redigerer dette spørgsmål", with their badges. */
export function PresenceNote({ peers }: { peers: readonly Peer[] }) {
  const { l } = useLiveMessages();
  if (peers.length === 0) return null;
  return (
    <p className="af-presence-note" data-testid="presence-note">
      <span className="af-presence-note__badges" aria-hidden="true">
        {peers.map((peer) => (
          <span key={peer.id} className="af-presence__badge af-presence__badge--small" style={badgeStyle(peer)}>
            {peer.initials}
          </span>
        ))}
      </span>
      <span>{l.editingThis(peers.map((peer) => peer.name))}</span>
    </p>
  );
}

/** On an outline row: the badges of those on that question, named for screen readers. */
export function PresenceMarker({ peers }: { peers: readonly Peer[] }) {
  const { l } = useLiveMessages();
  if (peers.length === 0) return null;
  const names = peers.map((peer) => peer.name);
  return (
    <span className="af-presence-marker" title={l.onQuestion(names)}>
      {peers.map((peer) => (
        <span key={peer.id} className="af-presence__badge af-presence__badge--small" style={badgeStyle(peer)} aria-hidden="true">
          {peer.initials}
        </span>
      ))}
      <span className="af-visually-hidden">{l.onQuestion(names)}</span>
    </span>
  );
}
