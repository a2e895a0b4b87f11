import { col } from '@cadre/sdk';
import { TableColumn, type MigrationInterface, type QueryRunner } from '@cadre/sdk/orm';
import type { EvidenceKind } from '../skills/skill-evidence.entity.js';
import { deriveLevel, evidencePoints } from '../skills/skill-level.js';

interface EvidenceRow {
  tenantId: string;
  personId: string;
  skillId: string;
  kind: EvidenceKind;
  level: number;
  createdAt: string;
}

/**
 * Recomputes every stored level from its evidence with the current precedence (skill-level.ts):
 * rows written under the old rule let knowledge evidence lift a level above the manager's.
 * Exported so a test can run it on rows written the old way; running it twice changes nothing.
 * Returns how many levels changed.
 */
export async function recomputeSkillLevels(q: QueryRunner): Promise<number> {
  const at = (i: number) => (q.connection.options.type === 'postgres' ? `$${i}` : '?');
  const rows = (await q.query(
    `SELECT "tenantId", "personId", "skillId", kind, level, "createdAt" FROM structure_skill_evidence
      ORDER BY "tenantId", "personId", "skillId", "createdAt", id`,
  )) as EvidenceRow[];
  const groups = new Map<string, EvidenceRow[]>();
  for (const r of rows) {
    const key = `${r.tenantId}|${r.personId}|${r.skillId}`;
    groups.set(key, [...(groups.get(key) ?? []), { ...r, level: Number(r.level) }]);
  }
  const stored = (await q.query(`SELECT "tenantId", "personId", "skillId", level, "evidenceKinds" FROM structure_person_skills`)) as Array<{ tenantId: string; personId: string; skillId: string; level: number; evidenceKinds: string }>;
  let changed = 0;
  for (const s of stored) {
    const history = groups.get(`${s.tenantId}|${s.personId}|${s.skillId}`);
    if (!history) continue; // no evidence on file (not written by the service): leave it
    const derived = deriveLevel(evidencePoints(history));
    const kinds = derived.kinds.join(',');
    if (Number(s.level) === derived.level && s.evidenceKinds === kinds) continue;
    await q.query(`UPDATE structure_person_skills SET level = ${at(1)}, "evidenceKinds" = ${at(2)} WHERE "tenantId" = ${at(3)} AND "personId" = ${at(4)} AND "skillId" = ${at(5)}`, [
      derived.level, kinds, s.tenantId, s.personId, s.skillId,
    ]);
    changed++;
  }
  return changed;
}

/**
 * Skill evidence precedence (#18): an evidence's source reference (idempotent evidence from
 * events, e.g. a completed course) and every stored level recomputed under the new rule. Portable.
 */
export class SkillEvidencePrecedence20261204100000 implements MigrationInterface {
  name = '20261204100000-skill-evidence-precedence';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('structure_skill_evidence', new TableColumn(col.string('sourceRef', 200, true)));
    await recomputeSkillLevels(q);
  }

  // Levels are not put back to the old rule: it is the bug this migration fixes.
  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('structure_skill_evidence', 'sourceRef');
  }
}
