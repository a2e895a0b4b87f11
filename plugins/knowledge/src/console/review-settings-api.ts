// Documents of the code-review settings page (repositories' skills, the forge webhook and its secret).
import { doc } from './api.js';
import type { SkillTag } from './types.js';

export interface ReviewRepository { name: string; reviews: number; skills: SkillTag[] }
export interface ReviewDelivery { id: string; accepted: boolean; reason: string; ip: string | null; reviews: number; receivedAt: string }
export interface ReviewWebhook { configured: boolean; path: string; signatureHeader: string; tenantHeader: string; payloadExample: string; recentDeliveries: ReviewDelivery[] }

const REPO = 'name reviews skills { id name }';

export const REVIEW_REPOSITORIES = doc<{ codeReviewRepositories: ReviewRepository[] }>(`query KnowledgeReviewRepositories { codeReviewRepositories { ${REPO} } }`);
export const SET_REPOSITORY_SKILLS = doc<{ setCodeReviewRepositorySkills: ReviewRepository }, { repository: string; skillIds: string[] }>(
  `mutation KnowledgeSetRepositorySkills($repository: String!, $skillIds: [ID!]!) { setCodeReviewRepositorySkills(repository: $repository, skillIds: $skillIds) { ${REPO} } }`,
);
export const REVIEW_WEBHOOK = doc<{ codeReviewWebhook: ReviewWebhook }>(
  'query KnowledgeReviewWebhook { codeReviewWebhook { configured path signatureHeader tenantHeader payloadExample recentDeliveries { id accepted reason ip reviews receivedAt } } }',
);
export const ROTATE_SECRET = doc<{ rotateKnowledgeWebhookSecret: { secret: string } }>('mutation KnowledgeRotateWebhookSecret { rotateKnowledgeWebhookSecret { secret } }');
