import type { Role } from './pages';

const HOMES: Record<Role, string> = {
  applicant: '/applications',
  investor: '/investor',
  operator: '/operator/programmes',
};

/** Where a signed-in account starts when no page sent it here. */
export const homeOf = (role: Role) => HOMES[role];

/** A page of the portal to go back to after logging in; never another site (`//host`, `/\\host`). */
export const safeNext = (next: string | null) => (next && /^\/(?![/\\])/.test(next) ? next : undefined);
