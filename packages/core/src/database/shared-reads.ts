/** One shared read: its value as of a data version, and when it was loaded. */
interface Entry {
  version: number;
  loadedAt: number;
  value: Promise<unknown>;
}

/**
 * The process's shared reads (see DataService.shared), most recently used last. Bounded in number
 * and in age: the age bound catches a change the data version cannot see (an operator's SQL).
 */
export class SharedReads {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly maxEntries = 200,
    private readonly maxAgeMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** The value stored for `key` at `version`, else `load()`'s — shared by every concurrent caller. */
  get<R>(key: string, version: number, load: () => Promise<R>): Promise<R> {
    const hit = this.entries.get(key);
    // A caller that read the version before a newer reader did: answer it, keep the newer entry.
    if (hit && hit.version > version) return load();
    this.entries.delete(key);
    if (hit && hit.version === version && this.now() - hit.loadedAt < this.maxAgeMs) {
      this.entries.set(key, hit);
      return hit.value as Promise<R>;
    }
    const entry: Entry = { version, loadedAt: this.now(), value: load() };
    // Loads are rare: each one also lets go of values past their age, so a report nobody asks
    // for again does not hold its memory until 200 others push it out.
    for (const [k, e] of this.entries) if (entry.loadedAt - e.loadedAt >= this.maxAgeMs) this.entries.delete(k);
    this.entries.set(key, entry);
    // A failed load is not kept: the next caller tries again.
    entry.value.catch(() => { if (this.entries.get(key) === entry) this.entries.delete(key); });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return entry.value as Promise<R>;
  }

  get size(): number {
    return this.entries.size;
  }
}
