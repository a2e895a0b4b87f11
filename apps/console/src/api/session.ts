// Where the tokens live (localStorage, so a reload or a second tab keeps the sign-in) and who
// wants to know when they change. `status` remembers WHY there are no tokens, so the login
// page can say "your session has expired" rather than nothing.
export interface Tokens {
  accessToken: string;
  refreshToken: string;
}

/** 'anonymous': no tokens since the page loaded; the others say what happened last. */
export type SessionStatus = 'anonymous' | 'signed-in' | 'signed-out' | 'expired';

export interface SessionSnapshot {
  tokens: Tokens | null;
  status: SessionStatus;
}

const KEY = 'cadre.session';

export class SessionStore {
  private snapshot: SessionSnapshot;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly storage: Storage = localStorage) {
    const tokens = this.read();
    this.snapshot = { tokens, status: tokens ? 'signed-in' : 'anonymous' };
  }

  private read(): Tokens | null {
    try {
      const parsed = JSON.parse(this.storage.getItem(KEY) ?? 'null') as Partial<Tokens> | null;
      return parsed?.accessToken && parsed.refreshToken ? { accessToken: parsed.accessToken, refreshToken: parsed.refreshToken } : null;
    } catch {
      return null;
    }
  }

  /** For useSyncExternalStore: the same object until something changes. */
  getSnapshot = (): SessionSnapshot => this.snapshot;

  get tokens(): Tokens | null {
    return this.snapshot.tokens;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private update(next: SessionSnapshot): void {
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }

  set(tokens: Tokens): void {
    this.storage.setItem(KEY, JSON.stringify(tokens));
    this.update({ tokens, status: 'signed-in' });
  }

  clear(status: 'signed-out' | 'expired'): void {
    this.storage.removeItem(KEY);
    this.update({ tokens: null, status });
  }

  /** Another tab signed in, refreshed or signed out: follow it (a rotated refresh token is single-use). */
  syncFromStorage(): void {
    const tokens = this.read();
    const current = this.snapshot.tokens;
    if (tokens?.accessToken === current?.accessToken && tokens?.refreshToken === current?.refreshToken) return;
    this.update({ tokens, status: tokens ? 'signed-in' : 'signed-out' });
  }
}
