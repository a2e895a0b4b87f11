import { Field, ID, Int, ObjectType } from '@cadre/sdk/graphql';
import { KnowledgePersonType, KnowledgeSkillTagType } from '../items/knowledge-item.types.js';

@ObjectType('KnowledgeImportRowError')
export class KnowledgeImportRowErrorType {
  @Field(() => Int, { description: 'Line in the file (the header is line 1)' })
  row: number;

  @Field()
  field: string;

  @Field()
  message: string;
}

@ObjectType('CodeReviewImportReport')
export class CodeReviewImportReportType {
  @Field(() => Int)
  rows: number;

  @Field(() => Int)
  imported: number;

  @Field(() => Int, { description: 'Reviews already stored (same external id), skipped' })
  duplicates: number;

  @Field(() => [KnowledgeImportRowErrorType], { description: 'When not empty, nothing was imported' })
  errors: KnowledgeImportRowErrorType[];
}

@ObjectType('CodeReviewActivity')
export class CodeReviewActivityType {
  @Field(() => KnowledgePersonType)
  person: KnowledgePersonType;

  @Field(() => Int)
  reviews: number;

  @Field(() => Int)
  comments: number;

  @Field(() => Int)
  approvals: number;

  @Field(() => Int)
  changesRequested: number;

  @Field(() => [String])
  repositories: string[];

  @Field(() => String, { nullable: true })
  lastReviewAt: string | null;
}

@ObjectType('CodeReviewRepository')
export class CodeReviewRepositoryType {
  @Field()
  name: string;

  @Field(() => [KnowledgeSkillTagType], { description: 'Reviews here count as evidence for these skills' })
  skills: KnowledgeSkillTagType[];

  @Field(() => Int)
  reviews: number;
}

@ObjectType('CodeReviewWebhookDelivery')
export class CodeReviewWebhookDeliveryType {
  @Field(() => ID)
  id: string;

  @Field()
  accepted: boolean;

  @Field()
  reason: string;

  @Field(() => String, { nullable: true })
  ip: string | null;

  @Field(() => Int)
  reviews: number;

  @Field()
  receivedAt: string;
}

@ObjectType('CodeReviewWebhook')
export class CodeReviewWebhookType {
  @Field({ description: 'Whether this tenant has a secret (its value is never shown again)' })
  configured: boolean;

  @Field({ description: 'POST the JSON here' })
  path: string;

  @Field()
  signatureHeader: string;

  @Field()
  tenantHeader: string;

  @Field({ description: 'How the payload looks' })
  payloadExample: string;

  @Field(() => [CodeReviewWebhookDeliveryType])
  recentDeliveries: CodeReviewWebhookDeliveryType[];
}

@ObjectType('CodeReviewWebhookSecret')
export class CodeReviewWebhookSecretType {
  @Field({ description: 'Shown once: configure it in the forge' })
  secret: string;
}
