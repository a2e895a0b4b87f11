import type { ReviewKind } from './review-kinds.js';

export interface OrgMember {
  personId: string;
  managerId: string | null;
}

export interface Assignment {
  revieweeId: string;
  reviewerId: string;
  kind: ReviewKind;
}

/**
 * Who reviews whom when a cycle opens: everyone reviews themself, their manager reviews them,
 * their direct reports review them upward, and `peerCount` peers review them — siblings under
 * the same manager first, then people under the same grand-manager, then anyone — walking each
 * group in ring order from the reviewee so that the peer load spreads evenly. A manager or a
 * direct report is never picked as a peer (they already review through another kind).
 */
export function assignReviews(participants: OrgMember[], kinds: readonly string[], peerCount: number, people: OrgMember[] = participants): Assignment[] {
  const sorted = [...participants].sort((a, b) => a.personId.localeCompare(b.personId));
  const managerOf = new Map(people.map((p) => [p.personId, p.managerId]));
  for (const p of sorted) managerOf.set(p.personId, p.managerId);
  const out: Assignment[] = [];
  for (const p of sorted) {
    if (kinds.includes('self')) out.push({ revieweeId: p.personId, reviewerId: p.personId, kind: 'self' });
    if (kinds.includes('manager') && p.managerId) out.push({ revieweeId: p.personId, reviewerId: p.managerId, kind: 'manager' });
    if (kinds.includes('upward')) {
      for (const r of sorted) if (r.managerId === p.personId) out.push({ revieweeId: p.personId, reviewerId: r.personId, kind: 'upward' });
    }
    if (kinds.includes('peer') && peerCount > 0) {
      for (const reviewerId of pickPeers(p, sorted, managerOf, peerCount)) out.push({ revieweeId: p.personId, reviewerId, kind: 'peer' });
    }
  }
  return out;
}

function pickPeers(p: OrgMember, sorted: OrgMember[], managerOf: Map<string, string | null>, count: number): string[] {
  const grand = (id: string | null) => (id ? (managerOf.get(id) ?? null) : null);
  const excluded = (q: OrgMember) => q.personId === p.personId || q.personId === p.managerId || q.managerId === p.personId;
  const start = sorted.findIndex((q) => q.personId === p.personId);
  const ring = [...sorted.slice(start + 1), ...sorted.slice(0, start)].filter((q) => !excluded(q));
  const tiers = [
    ring.filter((q) => p.managerId !== null && q.managerId === p.managerId),
    ring.filter((q) => grand(p.managerId) !== null && grand(q.managerId) === grand(p.managerId) && q.managerId !== p.managerId),
    ring,
  ];
  const picked: string[] = [];
  for (const tier of tiers) {
    for (const q of tier) {
      if (picked.length >= count) return picked;
      if (!picked.includes(q.personId)) picked.push(q.personId);
    }
  }
  return picked;
}
