/**
 * An edit the draft cannot take, e.g. removing its last page or giving a question a name another element has.
 * `code` is for the UI to choose its words by: `no-such-element`, `no-such-page`, `no-such-container`, `last-page`,
 * `name-taken`, `invalid-name`, `into-itself`, `last-report-section`. The message is English, for developers.
 */
export class DraftEditError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "DraftEditError";
  }
}
