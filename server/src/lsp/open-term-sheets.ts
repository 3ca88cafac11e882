/**
 * Which open documents are linted as term sheets, told to the client whenever the list changes. A burst
 * of changes (a config reload re-deciding every open document) is told once.
 */
export class OpenTermSheets {
  private readonly uris = new Set<string>();
  private pending = false;
  /** Off until the client asks for the list. */
  enabled = false;

  constructor(private readonly tell: (uris: string[]) => void) {}

  note(uri: string, isTermSheet: boolean): void {
    if (isTermSheet === this.uris.has(uri)) return;
    if (isTermSheet) this.uris.add(uri);
    else this.uris.delete(uri);
    if (!this.enabled || this.pending) return;
    this.pending = true;
    setImmediate(() => {
      this.pending = false;
      this.tell([...this.uris]);
    });
  }
}
