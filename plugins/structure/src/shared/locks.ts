import { type Msg, NotFoundError, type ScopedRepository, type TenantEntity, UserInputError } from '@cadre/sdk';

/**
 * Names for data.lock(): checks that span many rows take one of these (before any row lock),
 * so two requests cannot both pass a check the other is about to break.
 */
export const LOCKS = {
  /** The tree's shape: parents (no loops), sibling names, a unit's children when it is deleted. */
  orgTree: 'structure.org-tree',
  /** Case-insensitive uniqueness of category, skill and project names (the database's is exact). */
  skillNames: 'structure.skill-names',
  projectNames: 'structure.project-names',
  /** One person's allocations across projects (they add up to at most 100%). */
  allocation: (personId: string) => `structure.allocation:${personId}`,
} as const;

/**
 * The row, locked until commit so that it cannot be deleted while we link to it; a missing row
 * answers BAD_USER_INPUT on `field` with `missing`, a whole translatable message such as
 * msg`no org unit has the id ${id}` (an entity name put into a shared template stayed English in zh-CN).
 */
export async function lockReferenced<T extends TenantEntity>(repo: ScopedRepository<T>, id: string, field: string, missing: Msg): Promise<T> {
  try {
    return await repo.get(id);
  } catch (error) {
    if (error instanceof NotFoundError) throw new UserInputError(field, missing);
    throw error;
  }
}
