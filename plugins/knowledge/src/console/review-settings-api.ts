// Documents of the code-review settings page (repositories' skills, the forge webhook and its secret).
import { graphql } from './gql/index.js';
import type { KnowledgeReviewRepositoriesQuery, KnowledgeReviewWebhookQuery } from './gql/graphql.js';

export const REVIEW_REPOSITORIES = graphql(`query KnowledgeReviewRepositories { codeReviewRepositories { ...KnowledgeReviewRepositoryFields } }`);
graphql(`fragment KnowledgeReviewRepositoryFields on CodeReviewRepository { name reviews skills { id name } }`);
export const SET_REPOSITORY_SKILLS = graphql(`
  mutation KnowledgeSetRepositorySkills($repository: String!, $skillIds: [ID!]!) {
    setCodeReviewRepositorySkills(repository: $repository, skillIds: $skillIds) { ...KnowledgeReviewRepositoryFields }
  }
`);
export const IMPORT_CODE_REVIEWS = graphql(`
  mutation KnowledgeImportCodeReviews($csv: String!) { importCodeReviews(csv: $csv) { rows imported duplicates errors { row field message } } }
`);
export const REVIEW_WEBHOOK = graphql(`
  query KnowledgeReviewWebhook {
    codeReviewWebhook { configured path signatureHeader tenantHeader payloadExample recentDeliveries { id accepted reason ip reviews receivedAt } }
  }
`);
export const ROTATE_SECRET = graphql(`mutation KnowledgeRotateWebhookSecret { rotateKnowledgeWebhookSecret { secret } }`);

export type ReviewRepository = KnowledgeReviewRepositoriesQuery['codeReviewRepositories'][number];
export type ReviewWebhook = KnowledgeReviewWebhookQuery['codeReviewWebhook'];
export type ReviewDelivery = ReviewWebhook['recentDeliveries'][number];
