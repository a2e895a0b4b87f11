/** Another process holds the embedded SQLite database: an operator's mistake, told as one clear line. */
export class DatabaseInUseError extends Error {
  constructor(path: string) {
    super(
      `Another Cadre process is using the SQLite database ${path}. SQLite serves one server process at a time: ` +
        'stop the other process first, or run several processes on PostgreSQL (DATABASE_URL=postgres://…).',
    );
    this.name = 'DatabaseInUseError';
  }
}
