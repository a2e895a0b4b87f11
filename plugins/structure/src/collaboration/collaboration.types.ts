import { Field, Float, ID, Int, ObjectType } from '@cadre/sdk/graphql';
import { OrgUnitKindEnum } from '../org/org-unit.types.js';

@ObjectType('CollaborationNode')
export class CollaborationNodeType {
  @Field(() => ID)
  unitId: string;
  @Field()
  name: string;
  @Field(() => OrgUnitKindEnum)
  kind: OrgUnitKindEnum;
  @Field(() => ID, { nullable: true })
  parentId: string | null;
  @Field(() => Int)
  depth: number;
  @Field(() => Int, { description: 'People in the unit (and the units rolled into it)' })
  headcount: number;
  @Field(() => Int, { description: 'Open projects it owns' })
  projects: number;
}

@ObjectType('CollaborationSourceWeight')
export class SourceWeightType {
  @Field({ description: "The contributing source, e.g. 'knowledge' (co-authored items)" })
  source: string;
  @Field(() => Float)
  weight: number;
}

@ObjectType('CollaborationEdge')
export class CollaborationEdgeType {
  @Field(() => ID)
  sourceUnitId: string;
  @Field(() => ID)
  targetUnitId: string;
  @Field(() => Float, { description: 'Shared projects plus the other sources’ weights' })
  weight: number;
  @Field(() => [ID])
  projectIds: string[];
  @Field(() => [String])
  projectNames: string[];
  @Field(() => [SourceWeightType], { description: 'Weights from other plugins (knowledge co-authorship, …)' })
  sources: SourceWeightType[];
}

@ObjectType('CollaborationGraph')
export class CollaborationGraphType {
  @Field(() => [CollaborationNodeType])
  nodes: CollaborationNodeType[];
  @Field(() => [CollaborationEdgeType], { description: 'Heaviest first' })
  edges: CollaborationEdgeType[];
  @Field(() => [String], { description: 'Registered edge sources besides projects' })
  sources: string[];
}
