import type { Role } from './session'

/**
 * What each role may do, mirroring the server's @RolesAllowed. The UI only hides what a role cannot
 * do; the server enforces it either way.
 */
const RANK: Record<Role, number> = { viewer: 0, keeper: 1, admin: 2 }

function atLeast(role: Role | undefined, needed: Role): boolean {
  return role !== undefined && RANK[role] >= RANK[needed]
}

export const can = {
  /** Create and update animals. */
  editAnimals: (role?: Role) => atLeast(role, 'keeper'),
  /** Schedule, reschedule and complete feedings. */
  feed: (role?: Role) => atLeast(role, 'keeper'),
  /** Species, enclosures and keepers: create, update, delete. */
  editCatalogs: (role?: Role) => atLeast(role, 'admin'),
  /** Every delete. */
  delete: (role?: Role) => atLeast(role, 'admin'),
}
