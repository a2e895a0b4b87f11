// Names for the result shapes the attraction console works with, all derived from the types
// generated for its documents (./gql): nothing here is written by hand.
import type {
  AttractionBandFieldsFragment, AttractionCandidateFieldsFragment, AttractionCandidateQuery, AttractionNoteFieldsFragment, AttractionOfferFieldsFragment,
  AttractionPayPositionsPageQuery, AttractionRequisitionFieldsFragment,
} from './gql/graphql.js';

export type CompBand = AttractionBandFieldsFragment;
export type Requisition = AttractionRequisitionFieldsFragment;
export type Candidate = AttractionCandidateFieldsFragment;
export type CandidateDetail = AttractionCandidateQuery['candidate'];
export type Note = AttractionNoteFieldsFragment;
export type Offer = AttractionOfferFieldsFragment;
export type OfferApproval = Offer['approvals'][number];
export type MarketRate = NonNullable<CompBand['market']>;
export type PayPositionsPage = AttractionPayPositionsPageQuery['personCompPositionsPage'];
export type PayPosition = PayPositionsPage['nodes'][number];
export type {
  AttractionCandidateSortField as CandidateSortField, AttractionOfferSortField as OfferSortField, AttractionRequisitionSortField as RequisitionSortField,
  AttractionPayPositionSortField as PayPositionSortField,
} from './gql/graphql.js';
