import { Field, Float, ID, Int, ObjectType } from '@cadre/sdk/graphql';
import { KnowledgePersonType, KnowledgeSkillTagType } from '../items/knowledge-item.types.js';

@ObjectType('KnowledgeExpert')
export class KnowledgeExpertType {
  @Field(() => KnowledgePersonType)
  person: KnowledgePersonType;

  @Field(() => Float)
  score: number;

  @Field(() => Int, { description: 'Skill level 0–5 from the skill profile' })
  level: number;

  @Field(() => Int, { description: 'Published, tenant-visible items tagged with the skill' })
  items: number;

  @Field(() => Int, { description: 'Held talks tagged with the skill' })
  talks: number;

  @Field(() => Int, { description: 'Code reviews in repositories tagged with the skill' })
  reviews: number;

  @Field(() => [String], { description: 'Why: the artifacts behind the score' })
  evidence: string[];
}

@ObjectType('KnowledgeExpertResult')
export class KnowledgeExpertResultType {
  @Field(() => KnowledgeSkillTagType)
  skill: KnowledgeSkillTagType;

  @Field({ description: 'How the score is computed' })
  formula: string;

  @Field(() => [KnowledgeExpertType])
  experts: KnowledgeExpertType[];
}

@ObjectType('KnowledgeSkillUse')
export class KnowledgeSkillUseType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  categoryName: string;

  @Field(() => Int, { description: 'Items the viewer can see that carry the tag' })
  items: number;
}

@ObjectType('KnowledgeSharingIndexRow')
export class KnowledgeSharingIndexRowType {
  @Field(() => KnowledgePersonType)
  person: KnowledgePersonType;

  @Field(() => Float)
  index: number;

  @Field(() => Int)
  itemsPublished: number;

  @Field(() => Int)
  talksGiven: number;

  @Field(() => Int)
  talksAttended: number;

  @Field(() => Int)
  reviews: number;

  @Field(() => Int)
  readsByOthers: number;

  @Field(() => Int)
  bookmarksByOthers: number;
}

@ObjectType('KnowledgeSharingIndex')
export class KnowledgeSharingIndexType {
  @Field()
  formula: string;

  @Field({ description: 'YYYY-MM-DD' })
  from: string;

  @Field({ description: 'YYYY-MM-DD' })
  to: string;

  @Field(() => [KnowledgeSharingIndexRowType])
  people: KnowledgeSharingIndexRowType[];
}

@ObjectType('KnowledgeTeamSharingIndexRow')
export class KnowledgeTeamSharingIndexRowType {
  @Field(() => ID)
  unitId: string;

  @Field()
  unitName: string;

  @Field(() => Int, { description: 'Members, sub-units included' })
  members: number;

  @Field(() => Float, { description: "Mean of the members' indices" })
  index: number;

  @Field(() => Float)
  total: number;

  @Field(() => KnowledgeSharingIndexRowType, { nullable: true, description: 'The top contributor' })
  top: KnowledgeSharingIndexRowType | null;
}

@ObjectType('KnowledgeTeamSharingIndex')
export class KnowledgeTeamSharingIndexType {
  @Field()
  formula: string;

  @Field()
  from: string;

  @Field()
  to: string;

  @Field(() => [KnowledgeTeamSharingIndexRowType])
  teams: KnowledgeTeamSharingIndexRowType[];
}

@ObjectType('KnowledgeCoAuthorEdge')
export class KnowledgeCoAuthorEdgeType {
  @Field(() => ID)
  unitA: string;

  @Field(() => ID)
  unitB: string;

  @Field(() => Int, { description: 'Published items co-authored by people of both units' })
  weight: number;
}
