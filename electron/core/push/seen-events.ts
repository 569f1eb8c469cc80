/** Event ids remembered, so a redelivered event (same `ce-id`) is acknowledged without a second `get`. */
export const SEEN_EVENTS_KEPT = 2_000;

/** A bounded set of recent `ce-id`s, oldest forgotten first. */
export class SeenEvents {
  private readonly ids = new Set<string>();

  constructor(private readonly capacity = SEEN_EVENTS_KEPT) {}

  /** True when `id` was handled already. */
  has(id: string): boolean {
    return this.ids.has(id);
  }

  /** Records `id`; answers false when it was seen already. */
  add(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    if (this.ids.size > this.capacity) this.ids.delete(this.ids.values().next().value as string);
    return true;
  }

  clear(): void {
    this.ids.clear();
  }
}
