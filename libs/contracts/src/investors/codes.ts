/** Stable codes of the investors' API (docs/api.md). Add codes; never rename one. */
export const INVESTOR_KINDS = [
  'business-angel',
  'impact-fund',
  'foundation',
  'public-funder',
  'bank',
  'corporate-partner',
] as const;
export type InvestorKind = (typeof INVESTOR_KINDS)[number];

/** France Active's five dimensions of social and environmental engagement. */
export const ENGAGEMENT_DIMENSIONS = [
  'job-creation',
  'territorial-development',
  'ecology',
  'social-link',
  'democratic-governance',
] as const;
export type EngagementDimension = (typeof ENGAGEMENT_DIMENSIONS)[number];

/** Vetting: pending until an operator approves or rejects; an approved investor may be suspended, then reinstated. */
export const INVESTOR_STATUSES = ['pending', 'approved', 'rejected', 'suspended'] as const;
export type InvestorStatus = (typeof INVESTOR_STATUSES)[number];

/** What an operator does to an investor's vetting status. */
export const VETTING_ACTIONS = ['approve', 'reject', 'suspend', 'reinstate'] as const;
export type VettingAction = (typeof VETTING_ACTIONS)[number];

/** Where each vetting action may start from, and where it leads: a rejection is final. */
export const VETTING_TRANSITIONS: Readonly<Record<VettingAction, { from: InvestorStatus; to: InvestorStatus }>> = {
  approve: { from: 'pending', to: 'approved' },
  reject: { from: 'pending', to: 'rejected' },
  suspend: { from: 'approved', to: 'suspended' },
  reinstate: { from: 'suspended', to: 'approved' },
};

/** What an operator may do to an investor in `status` (matching's rules, offered as such by the portal). */
export const vettingActionsFrom = (status: InvestorStatus): VettingAction[] =>
  VETTING_ACTIONS.filter((action) => VETTING_TRANSITIONS[action].from === status);
