// The attraction plugin's tags: requisition and offer states and pipeline stages, with their colours.
import { statusTag } from '@cadre/sdk/console/kit';
import { useT } from './i18n.js';

export const RequisitionStatusTag = statusTag(useT, 'attraction.reqStatus', { draft: 'default', open: 'processing', rejected: 'error', filled: 'success', closed: 'default' }, 'requisition-status');
export const OfferStatusTag = statusTag(useT, 'attraction.offerStatus', { 'pending-approval': 'warning', approved: 'processing', accepted: 'success', declined: 'default', refused: 'error', withdrawn: 'default' }, 'offer-status');
export const StageTag = statusTag(useT, 'attraction.stage', { sourced: 'default', screen: 'cyan', interviews: 'blue', offer: 'purple', hired: 'success', rejected: 'error', withdrawn: 'default' }, 'stage');
