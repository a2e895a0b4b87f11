import { ConflictError, DataService, ForbiddenError, PeopleDirectory, UserInputError } from '@cadre/sdk';
import { Injectable } from '@cadre/sdk/common';
import { currentViewer } from '../shared/viewer.js';
import { CandidateService } from './candidate.service.js';
import type { AddScorecardInput, ScorecardType } from './candidate.types.js';
import { ScorecardEntity, type Recommendation } from './scorecard.entity.js';
import { msg } from '@cadre/sdk';

const WRITE_FOR_OTHERS = 'attraction.candidates.write';

/** Interview scorecards: every criterion of the requisition rated once, one card per interviewer and round. */
@Injectable()
export class ScorecardService {
  constructor(
    private readonly data: DataService,
    private readonly candidates: CandidateService,
    private readonly people: PeopleDirectory,
  ) {}

  async add(input: AddScorecardInput): Promise<ScorecardEntity> {
    const viewer = await currentViewer();
    const { candidate, requisition } = await this.candidates.get(input.candidateId, viewer);
    const interviewerId = input.interviewerId ?? viewer.personId;
    if (!interviewerId) throw new UserInputError('input.interviewerId', 'is required: your account is not linked to a person');
    if (interviewerId !== viewer.personId && !viewer.has(WRITE_FOR_OTHERS)) throw new ForbiddenError('You may submit scorecards only as yourself');
    if (!(await this.people.byIds([interviewerId])).length) throw new UserInputError('input.interviewerId', msg`no person with id ${interviewerId}`);
    if (candidate.stage === 'sourced') throw new ConflictError('the candidate has not been screened yet: move them to screen first', 'input.candidateId');

    const criteria = requisition.interviewCriteria;
    const seen = new Set<string>();
    input.ratings.forEach((r, i) => {
      if (!criteria.includes(r.criterion)) throw new UserInputError(`input.ratings.${i}.criterion`, msg`is not a criterion of this requisition (${criteria.join(', ')})`);
      if (seen.has(r.criterion)) throw new UserInputError(`input.ratings.${i}.criterion`, msg`rates ${r.criterion} a second time`);
      seen.add(r.criterion);
    });
    const missing = criteria.filter((c) => !seen.has(c));
    if (missing.length) throw new UserInputError('input.ratings', msg`must rate every criterion; missing ${missing.join(', ')}`);

    return this.data.transaction(async () => {
      const cards = this.data.repo(ScorecardEntity);
      const round = input.round.trim();
      if (await cards.findOneBy({ candidateId: candidate.id, interviewerId, round })) throw new ConflictError(msg`this interviewer already submitted a scorecard for round "${round}"`, 'input.round');
      return cards.save(
        cards.create({
          candidateId: candidate.id, requisitionId: candidate.requisitionId, interviewerId, round,
          ratings: input.ratings.map((r) => ({ criterion: r.criterion, score: r.score, comment: r.comment ?? '' })),
          recommendation: input.recommendation as Recommendation, summary: input.summary ?? '',
        }),
      );
    });
  }

  async forCandidate(candidateId: string): Promise<ScorecardEntity[]> {
    return this.data.repo(ScorecardEntity).find({ where: { candidateId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async toTypes(cards: ScorecardEntity[]): Promise<ScorecardType[]> {
    const names = new Map((await this.people.byIds([...new Set(cards.map((c) => c.interviewerId))])).map((p) => [p.id, p.name]));
    return cards.map((c) => ({
      id: c.id, candidateId: c.candidateId, interviewerId: c.interviewerId, interviewerName: names.get(c.interviewerId) ?? null, round: c.round,
      ratings: c.ratings, averageScore: Math.round((c.ratings.reduce((s, r) => s + r.score, 0) / c.ratings.length) * 100) / 100,
      recommendation: c.recommendation, summary: c.summary, createdAt: c.createdAt,
    }));
  }
}
