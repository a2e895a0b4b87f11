import { defineCsvExport } from '@cadre/sdk';
import { P } from '../shared/permissions.js';

/** A cycle's results (`variables: {"cycleId": …}`): everyone for review administrators, otherwise yourself and your chain. */
export const reviewResultsCsvExport = defineCsvExport({
  id: 'incentives.review-results',
  permission: P.cyclesRead,
  query: `query ExportReviewResults($cycleId: ID!) {
    reviewCycleParticipants(cycleId: $cycleId) { name level score calibratedScore finalScore band coefficient potential }
  }`,
  list: 'reviewCycleParticipants',
  columns: [
    { header: 'name', value: (p) => p.name },
    { header: 'level', value: (p) => p.level },
    { header: 'score', value: (p) => p.score },
    { header: 'calibrated_score', value: (p) => p.calibratedScore },
    { header: 'final_score', value: (p) => p.finalScore },
    { header: 'band', value: (p) => p.band },
    { header: 'coefficient', value: (p) => p.coefficient },
    { header: 'potential', value: (p) => p.potential },
  ],
});
