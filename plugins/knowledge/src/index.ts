import { definePlugin, registerMessages } from '@cadre/sdk';
import { KNOWLEDGE_SERVICES } from './contracts.js';
import { CollaborationService } from './expertise/collaboration.service.js';
import { ExpertiseResolver } from './expertise/expertise.resolver.js';
import { ExpertiseService } from './expertise/expertise.service.js';
import { SharingIndexService } from './expertise/sharing-index.service.js';
import { KnowledgeBookmarkEntity } from './items/knowledge-bookmark.entity.js';
import { KnowledgeItemAuthorEntity } from './items/knowledge-item-author.entity.js';
import { KnowledgeItemDirectory } from './items/knowledge-item-directory.service.js';
import { KnowledgeItemSkillEntity } from './items/knowledge-item-skill.entity.js';
import { KnowledgeItemVersionEntity } from './items/knowledge-item-version.entity.js';
import { KnowledgeItemEntity } from './items/knowledge-item.entity.js';
import { KnowledgeItemHydrator } from './items/knowledge-item.hydrator.js';
import { KnowledgeItemLifecycle } from './items/knowledge-item-lifecycle.service.js';
import { KnowledgeItemResolver } from './items/knowledge-item.resolver.js';
import { KnowledgeItemService } from './items/knowledge-item.service.js';
import { KnowledgeReadEntity } from './items/knowledge-read.entity.js';
import { KnowledgeViewer } from './items/knowledge-viewer.service.js';
import { CreateKnowledge20261129100000 } from './migrations/20261129100000-create-knowledge.migration.js';
import { KnowledgeSearch20261129100100 } from './migrations/20261129100100-knowledge-search.migration.js';
import { KnowledgeItemArchive20261205100000 } from './migrations/20261205100000-knowledge-item-archive.migration.js';
import { CodeReviewRepositoryEntity } from './reviews/code-review-repository.entity.js';
import { CodeReviewWebhookController } from './reviews/code-review-webhook.controller.js';
import { CodeReviewWebhookService } from './reviews/code-review-webhook.service.js';
import { CodeReviewEntity } from './reviews/code-review.entity.js';
import { CodeReviewResolver } from './reviews/code-review.resolver.js';
import { CodeReviewService } from './reviews/code-review.service.js';
import { WebhookDeliveryEntity } from './reviews/webhook-delivery.entity.js';
import { KnowledgeSearchResolver } from './search/knowledge-search.resolver.js';
import { KnowledgeSearchService } from './search/knowledge-search.service.js';
import { seedKnowledge } from './seed/knowledge.seed.js';
import { KnowledgeItemPublished, KnowledgeTalkHeld } from './shared/knowledge.events.js';
import { KnowledgeTalkAttendeeEntity } from './talks/knowledge-talk-attendee.entity.js';
import { KnowledgeTalkEntity } from './talks/knowledge-talk.entity.js';
import { KnowledgeTalkResolver } from './talks/knowledge-talk.resolver.js';
import { KnowledgeTalkService } from './talks/knowledge-talk.service.js';
import { KNOWLEDGE_MESSAGES_ZH_CN } from './i18n/api-messages.zh-CN.js';

// API messages in zh-CN (the English text is the id); en-US is the text itself.
registerMessages('zh-CN', KNOWLEDGE_MESSAGES_ZH_CN);

export { KnowledgeItemPublished, KnowledgeTalkHeld } from './shared/knowledge.events.js';
export { EXPERTISE_FORMULA, SHARING_INDEX_FORMULA } from './expertise/expertise-score.js';
export { signBody } from './reviews/review-signature.js';
export { CodeReviewWebhookService } from './reviews/code-review-webhook.service.js';

/**
 * Make what people know findable: a knowledge base with versions and bilingual full-text
 * search, tech talks and brainstorms, code-review activity from a forge, an expertise finder
 * and a knowledge-sharing index. Publishes 'knowledge.expertise', 'knowledge.collaboration'
 * and 'knowledge.items'.
 */
export const knowledgePlugin = definePlugin({
  id: 'knowledge',
  version: '0.1.0',
  sdk: '^0.1.0',
  description: 'Make what people know findable: knowledge base, talks, expertise finder',
  dependencies: ['structure'],
  entities: [
    KnowledgeItemEntity, KnowledgeItemVersionEntity, KnowledgeItemAuthorEntity, KnowledgeItemSkillEntity, KnowledgeReadEntity, KnowledgeBookmarkEntity,
    KnowledgeTalkEntity, KnowledgeTalkAttendeeEntity, CodeReviewEntity, CodeReviewRepositoryEntity, WebhookDeliveryEntity,
  ],
  migrations: [CreateKnowledge20261129100000, KnowledgeSearch20261129100100, KnowledgeItemArchive20261205100000],
  providers: [
    KnowledgeViewer, KnowledgeItemHydrator, KnowledgeItemService, KnowledgeItemLifecycle, KnowledgeSearchService, KnowledgeItemDirectory, KnowledgeTalkService,
    CodeReviewService, CodeReviewWebhookService, ExpertiseService, SharingIndexService, CollaborationService,
    { provide: KNOWLEDGE_SERVICES.expertise, useExisting: ExpertiseService },
    { provide: KNOWLEDGE_SERVICES.collaboration, useExisting: CollaborationService },
    { provide: KNOWLEDGE_SERVICES.items, useExisting: KnowledgeItemDirectory },
    { provide: KNOWLEDGE_SERVICES.sharingIndex, useExisting: SharingIndexService },
  ],
  resolvers: [KnowledgeItemResolver, KnowledgeSearchResolver, KnowledgeTalkResolver, CodeReviewResolver, ExpertiseResolver],
  controllers: [CodeReviewWebhookController],
  exports: Object.values(KNOWLEDGE_SERVICES),
  events: [KnowledgeItemPublished, KnowledgeTalkHeld],
  permissions: [
    { id: 'knowledge.items.read', description: 'Read and search the knowledge base, bookmark items', defaultRoles: ['admin', 'hr', 'recruiter', 'manager', 'employee'] },
    { id: 'knowledge.items.write', description: 'Write knowledge items', defaultRoles: ['admin', 'hr', 'manager', 'employee'] },
    { id: 'knowledge.items.moderate', description: "See every unit's items and edit any published item (never others' drafts)", defaultRoles: ['admin'] },
    { id: 'knowledge.talks.read', description: 'See tech talks and sessions', defaultRoles: ['admin', 'hr', 'recruiter', 'manager', 'employee'] },
    { id: 'knowledge.talks.write', description: 'Schedule talks; speakers and organisers record attendance', defaultRoles: ['admin', 'hr', 'manager', 'employee'] },
    { id: 'knowledge.talks.manage', description: 'Edit any talk and record its attendance', defaultRoles: ['admin', 'hr'] },
    { id: 'knowledge.expertise.read', description: 'Use the expertise finder', defaultRoles: ['admin', 'hr', 'recruiter', 'manager', 'employee'] },
    { id: 'knowledge.index.read', description: "See everyone's knowledge-sharing index", defaultRoles: ['admin', 'hr'] },
    { id: 'knowledge.index.teams', description: 'See the knowledge-sharing index per team', defaultRoles: ['admin', 'hr', 'manager'] },
    { id: 'knowledge.reviews.read', description: 'See code-review activity', defaultRoles: ['admin', 'hr', 'manager', 'employee'] },
    { id: 'knowledge.reviews.import', description: 'Import code reviews from CSV', defaultRoles: ['admin', 'hr'] },
    { id: 'knowledge.reviews.admin', description: 'Configure the forge webhook and repository skills', defaultRoles: ['admin'] },
  ],
  seed: seedKnowledge,
});
