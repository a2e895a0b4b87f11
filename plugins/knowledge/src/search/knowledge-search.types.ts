import { Field, Float, Int, ObjectType } from '@cadre/sdk/graphql';
import { KnowledgeItemType } from '../items/knowledge-item.types.js';

@ObjectType('KnowledgeSearchHit')
export class KnowledgeSearchHitType {
  @Field(() => KnowledgeItemType)
  item: KnowledgeItemType;

  @Field(() => Float)
  score: number;

  @Field({ description: 'The title as HTML with matches in <mark>' })
  titleHtml: string;

  @Field({ description: 'About 160 characters of the body around the first match, as HTML with matches in <mark>' })
  snippetHtml: string;
}

@ObjectType('KnowledgeSearchResult')
export class KnowledgeSearchResultType {
  @Field(() => [KnowledgeSearchHitType])
  hits: KnowledgeSearchHitType[];

  @Field(() => Int)
  totalCount: number;

  @Field(() => [String], { description: 'The terms searched for (quoted phrases stay whole)' })
  terms: string[];
}
