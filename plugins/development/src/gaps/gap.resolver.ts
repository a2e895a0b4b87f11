import { localize, RequirePermission, SignedIn } from '@cadre/sdk';
import { Args, ID, Mutation, Query, Resolver } from '@cadre/sdk/graphql';
import { toLevelType } from '../ladders/ladder.resolver.js';
import { DevelopmentLookups } from '../shared/skill-names.service.js';
import { type DevelopmentGapRecommendation, DevelopmentSkillGapReportType, DevelopmentTeamGapAnalysisType } from './gap.types.js';
import { GAP_METHOD, SkillGapService } from './skill-gap.service.js';
import { TEAM_GAP_RULE, TeamGapService, type TeamGapReport } from './team-gap.service.js';

const toTeamType = (r: TeamGapReport): DevelopmentTeamGapAnalysisType => {
  const req = (g: TeamGapReport['gaps'][number]) => ({ ...g, recommendation: g.recommendation as DevelopmentGapRecommendation });
  return { unitId: r.unitId, unitName: r.unitName, memberCount: r.memberCount, rule: localize(TEAM_GAP_RULE), projects: r.projects.map((p) => ({ ...p, requirements: p.requirements.map(req) })), gaps: r.gaps.map(req), requisitions: r.requisitions };
};

@Resolver()
export class GapResolver {
  constructor(
    private readonly gaps: SkillGapService,
    private readonly teams: TeamGapService,
    private readonly lookups: DevelopmentLookups,
  ) {}

  @Query(() => DevelopmentSkillGapReportType, { description: "A person's skill gaps towards a career level (given, their plan's, or the next rung), with courses and mentors, each explained" })
  @SignedIn()
  async skillGaps(@Args('personId', { type: () => ID }) personId: string, @Args('targetLevelId', { type: () => ID, nullable: true }) targetLevelId?: string): Promise<DevelopmentSkillGapReportType> {
    const r = await this.gaps.forPerson(personId, targetLevelId);
    return { person: r.person, target: toLevelType(r.target, await this.lookups.skillMap()), targetSource: r.targetSource, method: localize(GAP_METHOD), expectations: r.expectations, gaps: r.gaps };
  }

  @Query(() => DevelopmentTeamGapAnalysisType, { description: "Project requirements vs the unit's skills: covered, train someone close, or hire" })
  @RequirePermission('development.gaps.read')
  async teamGapAnalysis(@Args('unitId', { type: () => ID, nullable: true, description: 'Default: the whole company' }) unitId?: string): Promise<DevelopmentTeamGapAnalysisType> {
    return toTeamType(await this.teams.analyse(unitId));
  }

  @Mutation(() => DevelopmentTeamGapAnalysisType, { description: "Publishes 'development.requisition-suggested' for each requisition not suggested before" })
  @RequirePermission('development.gaps.write')
  async suggestRequisitions(@Args('unitId', { type: () => ID, nullable: true }) unitId?: string): Promise<DevelopmentTeamGapAnalysisType> {
    return toTeamType(await this.teams.suggestRequisitions(unitId));
  }
}
