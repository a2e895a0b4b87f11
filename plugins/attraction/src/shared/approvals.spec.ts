import { describe, expect, it } from 'vitest';
import { APPROVE, APPROVE_EXCEPTION, decideApproval, missingApprovals, requiredApprovals } from './approvals.js';

const hr = { signer: 'hr', permissions: (p: string) => p === APPROVE };
const hr2 = { signer: 'hr2', permissions: (p: string) => p === APPROVE };
const owner = { signer: 'owner', permissions: (p: string) => p === APPROVE || p === APPROVE_EXCEPTION };

describe('offer approvals', () => {
  it('needs only HR inside the band', () => {
    const required = requiredApprovals(false);
    expect(decideApproval(required, [], hr)).toEqual({ kind: 'hr' });
    expect(decideApproval(required, [], owner)).toEqual({ kind: 'hr' });
    expect(decideApproval(required, [{ kind: 'hr', signer: 'hr' }], owner)).toMatchObject({ refuse: 'CONFLICT' });
  });

  it('needs HR and an owner/admin, two different people, outside the band', () => {
    const required = requiredApprovals(true);
    expect(decideApproval(required, [], hr)).toEqual({ kind: 'hr' });
    const afterHr = [{ kind: 'hr' as const, signer: 'hr' }];
    expect(missingApprovals(required, afterHr)).toEqual(['exception']);
    expect(decideApproval(required, afterHr, hr)).toMatchObject({ refuse: 'CONFLICT' });
    expect(decideApproval(required, afterHr, hr2)).toMatchObject({ refuse: 'FORBIDDEN' });
    expect(decideApproval(required, afterHr, owner)).toEqual({ kind: 'exception' });
    const afterOwner = [{ kind: 'exception' as const, signer: 'owner' }];
    expect(decideApproval(required, afterOwner, owner)).toMatchObject({ refuse: 'CONFLICT' });
    expect(decideApproval(required, afterOwner, hr)).toEqual({ kind: 'hr' });
  });
});
