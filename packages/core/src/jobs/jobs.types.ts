import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
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

export const toJobType = (job: TenantJob): JobType => ({
  id: job.id, type: job.type, state: job.state, progress: job.progress, result: job.result === null || job.result === undefined ? null : JSON.stringify(job.result),
  error: job.error, errorCode: job.failure?.code ?? null, errorDetails: job.failure ? JSON.stringify(job.failure.details) : null, attempts: job.attemptsMade, startedBy: job.accountId, createdAt: job.createdAt, finishedAt: job.finishedAt,
});
