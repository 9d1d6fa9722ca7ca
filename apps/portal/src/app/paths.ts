/** Where a signed-in account starts when no page sent it here. */
export const homeOf = (role: string) => (role === 'applicant' ? '/applications' : '/programmes');

/** A page of the portal to go back to after logging in; never another site (`//host`, `/\\host`). */
export const safeNext = (next: string | null) => (next && /^\/(?![/\\])/.test(next) ? next : undefined);
