/** What a job handler gets besides its input: whose job it is and a way to report progress. */
export interface JobRun {
  id: string;
  tenantId: string;
  /** The account that started it (the job runs with that account's current permissions). */
  accountId: string | null;
  /** Which attempt this is, from 1 (failed attempts are retried with backoff up to DEFAULT_ATTEMPTS). */
  attempt: number;
  /** 0–100, shown in the console while the job runs. */
  progress(percent: number): Promise<void>;
}

/** A long job (an import, a solver run, a reindex): its result is kept for the console (JSON). */
export interface JobHandlerInstance<TInput = unknown, TResult = unknown> {
  run(input: TInput, job: JobRun): Promise<TResult>;
}

export const JOB_HANDLER_KEY = 'cadre:job-handler';

export interface JobHandlerMeta {
  /** `'<plugin-or-core>.<name>'`, like events and permissions. */
  type: string;
}

/** Marks a provider class as the handler of jobs of `type`. */
export function JobHandler(type: string): ClassDecorator {
  if (!/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/.test(type)) throw new Error(`Job type "${type}" must look like '<id>.<name>'`);
  return (target) => {
    Reflect.defineMetadata(JOB_HANDLER_KEY, { type } satisfies JobHandlerMeta, target);
  };
}
