import { defineCsvExport } from '@cadre/sdk';

/** The pipeline as the caller sees it (managers: their requisitions'), with the board's filters. */
export const candidatesCsvExport = defineCsvExport({
  id: 'attraction.candidates',
  permission: 'attraction.candidates.read',
  query: `query ExportCandidates($filter: AttractionCandidateFilter) {
    candidates(filter: $filter) { name email phone headline source stage stageEnteredAt requisitionTitle averageScore scorecardCount createdAt }
  }`,
  list: 'candidates',
  columns: [
    { header: 'name', value: (c) => c.name },
    { header: 'email', value: (c) => c.email },
    { header: 'phone', value: (c) => c.phone },
    { header: 'headline', value: (c) => c.headline },
    { header: 'source', value: (c) => c.source },
    { header: 'stage', value: (c) => c.stage },
    { header: 'stage_entered_at', value: (c) => c.stageEnteredAt },
    { header: 'requisition', value: (c) => c.requisitionTitle },
    { header: 'average_score', value: (c) => c.averageScore },
    { header: 'scorecards', value: (c) => c.scorecardCount },
    { header: 'created_at', value: (c) => c.createdAt },
  ],
});
