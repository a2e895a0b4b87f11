import { RequirePermission, UserInputError } from '@cadre/sdk';
import { Args, ID, Mutation, Query, Resolver } from '@cadre/sdk/graphql';
import { KnowledgeItemHydrator } from '../items/knowledge-item.hydrator.js';
import { CodeReviewWebhookService } from './code-review-webhook.service.js';
import { CodeReviewService } from './code-review.service.js';
import {
  CodeReviewActivityType, CodeReviewImportReportType, CodeReviewRepositoryType, CodeReviewWebhookSecretType, CodeReviewWebhookType,
} from './code-review.types.js';

const PAYLOAD_EXAMPLE = JSON.stringify({
  reviews: [{ id: 'forge-review-8812', reviewer: 'alex.novak@demo.local', author: 'employee@demo.local', repository: 'lab/gpu-scheduler', pullRequest: '142', state: 'approved', comments: 3, submittedAt: '2026-03-01T10:00:00Z', url: 'https://forge.example/lab/gpu-scheduler/pull/142' }],
});

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@Resolver()
export class CodeReviewResolver {
  constructor(
    private readonly reviews: CodeReviewService,
    private readonly webhook: CodeReviewWebhookService,
    private readonly hydrator: KnowledgeItemHydrator,
  ) {}

  @Mutation(() => CodeReviewImportReportType, {
    description: 'All-or-nothing CSV import. Header: external_id,reviewer_email,author_email,repository,pull_request,state,comments,submitted_at,url',
  })
  @RequirePermission('knowledge.reviews.import')
  importCodeReviews(@Args('csv') csv: string): Promise<CodeReviewImportReportType> {
    return this.reviews.importCsv(csv);
  }

  @Query(() => [CodeReviewActivityType], { description: 'Code reviews given per person, most active first' })
  @RequirePermission('knowledge.reviews.read')
  async codeReviewActivity(
    @Args('from', { nullable: true, description: 'YYYY-MM-DD' }) from?: string,
    @Args('to', { nullable: true, description: 'YYYY-MM-DD' }) to?: string,
    @Args('personIds', { type: () => [ID], nullable: true }) personIds?: string[],
  ): Promise<CodeReviewActivityType[]> {
    if (from && !DATE.test(from)) throw new UserInputError('from', 'must be a date as YYYY-MM-DD');
    if (to && !DATE.test(to)) throw new UserInputError('to', 'must be a date as YYYY-MM-DD');
    return this.reviews.activity({ from, to, personIds });
  }

  @Query(() => [CodeReviewRepositoryType])
  @RequirePermission('knowledge.reviews.read')
  async codeReviewRepositories(): Promise<CodeReviewRepositoryType[]> {
    const names = await this.hydrator.skillNames();
    return (await this.reviews.repositories()).map((r) => ({ name: r.name, reviews: r.reviews, skills: r.skillIds.map((id) => ({ id, name: names.get(id) ?? '(unknown skill)' })) }));
  }

  @Mutation(() => CodeReviewRepositoryType, { description: 'Which skills reviews in this repository count for' })
  @RequirePermission('knowledge.reviews.admin')
  async setCodeReviewRepositorySkills(@Args('repository') repository: string, @Args('skillIds', { type: () => [ID] }) skillIds: string[]): Promise<CodeReviewRepositoryType> {
    if (!repository.trim() || repository.length > 200) throw new UserInputError('repository', 'must have 1 to 200 characters');
    const r = await this.reviews.setRepositorySkills(repository.trim(), skillIds);
    const names = await this.hydrator.skillNames();
    return { name: r.name, reviews: r.reviews, skills: r.skillIds.map((id) => ({ id, name: names.get(id) ?? '(unknown skill)' })) };
  }

  @Query(() => CodeReviewWebhookType, { description: 'How to connect a forge, and the latest deliveries' })
  @RequirePermission('knowledge.reviews.admin')
  async codeReviewWebhook(): Promise<CodeReviewWebhookType> {
    const deliveries = await this.webhook.recentDeliveries();
    return {
      configured: await this.webhook.configured(), path: '/hooks/knowledge/code-reviews', signatureHeader: 'X-Cadre-Signature: sha256=<hex HMAC-SHA256 of the raw body>',
      tenantHeader: 'X-Cadre-Tenant: <tenant slug>', payloadExample: PAYLOAD_EXAMPLE,
      recentDeliveries: deliveries.map((d) => ({ id: d.id, accepted: d.accepted, reason: d.reason, ip: d.ip, reviews: d.reviews, receivedAt: d.createdAt })),
    };
  }

  @Mutation(() => CodeReviewWebhookSecretType, { description: 'Sets the webhook secret (a new random one unless given); returned once, never logged' })
  @RequirePermission('knowledge.reviews.admin')
  async rotateKnowledgeWebhookSecret(@Args('secret', { type: () => String, nullable: true }) secret?: string | null): Promise<CodeReviewWebhookSecretType> {
    if (secret !== undefined && secret !== null && (secret.length < 24 || secret.length > 200)) throw new UserInputError('secret', 'must have 24 to 200 characters');
    return { secret: await this.webhook.setSecret(secret) };
  }
}
