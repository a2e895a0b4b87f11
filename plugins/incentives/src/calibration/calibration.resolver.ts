import { RequirePermission } from '@cadre/sdk';
import { Args, ID, Mutation, Query, Resolver } from '@cadre/sdk/graphql';
import { ParticipantType } from '../cycles/review-cycle.types.js';
import { P } from '../shared/permissions.js';
import { CalibrationService } from './calibration.service.js';
import { CalibrateScoreInput, CalibrationResultType, CalibrationViewType, ScoreCalibrationType, SetPotentialInput } from './calibration.types.js';

@Resolver(() => CalibrationViewType)
export class CalibrationResolver {
  constructor(private readonly calibration: CalibrationService) {}

  @Query(() => CalibrationViewType, { description: 'Distribution by team and level, band counts and the 9-box of performance × potential' })
  @RequirePermission(P.calibrationRead)
  calibrationView(@Args('cycleId', { type: () => ID }) cycleId: string): Promise<CalibrationViewType> {
    return this.calibration.view(cycleId);
  }

  @Query(() => [ScoreCalibrationType], { description: 'Calibrated score changes, newest first' })
  @RequirePermission(P.calibrationRead)
  scoreCalibrations(
    @Args('cycleId', { type: () => ID }) cycleId: string,
    @Args('personId', { type: () => ID, nullable: true }) personId: string | null,
  ): Promise<ScoreCalibrationType[]> {
    return this.calibration.history(cycleId, personId);
  }

  @Mutation(() => CalibrationResultType, { description: 'Change a score with a reason (audited); published bonus pools get a new version' })
  @RequirePermission(P.calibrationWrite)
  calibrateScore(@Args('input') input: CalibrateScoreInput): Promise<CalibrationResultType> {
    return this.calibration.calibrate(input);
  }

  @Mutation(() => ParticipantType, { description: 'Potential (1–3) for the 9-box' })
  @RequirePermission(P.calibrationWrite)
  setPotential(@Args('input') input: SetPotentialInput): Promise<ParticipantType> {
    return this.calibration.setPotential(input);
  }
}
