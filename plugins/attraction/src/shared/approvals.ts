import { type MessageText, msg } from '@cadre/sdk';
// Who may approve what on an offer: HR always signs; an offer outside its band (or without a
// comparable band) also needs an owner/admin — and the two signatures must be two people.

export const APPROVAL_KINDS = ['hr', 'exception'] as const;
export type ApprovalKind = (typeof APPROVAL_KINDS)[number];

export const APPROVE = 'attraction.offers.approve';
export const APPROVE_EXCEPTION = 'attraction.offers.approve-exception';

export const requiredApprovals = (needsException: boolean): ApprovalKind[] => (needsException ? ['hr', 'exception'] : ['hr']);

export interface GivenApproval {
  kind: ApprovalKind;
  /** Who signed: their person id, or account id when the account has no person. */
  signer: string | null;
}

export type ApprovalDecision = { kind: ApprovalKind } | { refuse: 'CONFLICT' | 'FORBIDDEN'; message: MessageText };

export function missingApprovals(required: ApprovalKind[], given: GivenApproval[]): ApprovalKind[] {
  return required.filter((k) => !given.some((g) => g.kind === k));
}

/** Which signature the approver supplies next, or why they cannot sign. */
export function decideApproval(required: ApprovalKind[], given: GivenApproval[], approver: { signer: string | null; permissions: (p: string) => boolean }): ApprovalDecision {
  const missing = missingApprovals(required, given);
  if (!missing.length) return { refuse: 'CONFLICT', message: 'the offer has every approval it needs' };
  if (approver.signer && given.some((g) => g.signer === approver.signer)) {
    return { refuse: 'CONFLICT', message: msg`you have approved this offer already; it still needs ${missing.join(' and ')} approval from someone else` };
  }
  // The scarcer signature first: an owner/admin covers the exception before the HR one.
  if (missing.includes('exception') && approver.permissions(APPROVE_EXCEPTION)) return { kind: 'exception' };
  if (missing.includes('hr') && approver.permissions(APPROVE)) return { kind: 'hr' };
  return { refuse: 'FORBIDDEN', message: msg`this offer is outside its band and needs an extra approval from an owner or admin (${APPROVE_EXCEPTION})` };
}
