import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { RequestContexts } from '../context/request-context.js';
import { localizeProblems } from '../i18n/validation-messages.js';
import type { TenantJob } from './jobs.service.js';

@ObjectType('Job', { description: 'A long job (import, solver run, reindex) on the jobs queue' })
export class JobType {
  @Field(() => ID)
  id: string;

  @Field({ description: "'<plugin-or-core>.<name>', e.g. people.import" })
  type: string;

  @Field({ description: 'waiting, active, delayed (retrying after a failure), completed or failed' })
  state: string;

  @Field(() => Int, { description: '0–100' })
  progress: number;

  @Field(() => String, { nullable: true, description: 'JSON of the result once completed' })
  result: string | null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed' })
  error: string | null;

  @Field(() => String, { nullable: true, description: "The last failure's error code (BAD_USER_INPUT, CONFLICT, …), as a request would have had it" })
  errorCode: string | null;

  @Field(() => String, { nullable: true, description: "JSON of the last failure's error extensions (e.g. the field or the projects concerned)" })
  errorDetails: string | null;

  @Field(() => Int)
  attempts: number;

  @Field(() => String, { nullable: true })
  startedBy: string | null;

  @Field()
  createdAt: string;

  @Field(() => String, { nullable: true })
  finishedAt: string | null;
}

/** A job as its reader sees it: stored field problems and a refusal's message in the reader's language. */
export function toJobType(job: TenantJob): JobType {
  const locale = RequestContexts.current()?.locale ?? 'en-US';
  const failure = job.failure ? (job.failure.localized?.[locale] ?? { message: job.error, details: job.failure.details }) : null;
  return {
    id: job.id, type: job.type, state: job.state, progress: job.progress, result: job.result === null || job.result === undefined ? null : JSON.stringify(localizeProblems(job.result, locale)),
    error: failure?.message ?? job.error, errorCode: job.failure?.code ?? null, errorDetails: failure ? JSON.stringify(failure.details) : null,
    attempts: job.attemptsMade, startedBy: job.accountId, createdAt: job.createdAt, finishedAt: job.finishedAt,
  };
}
