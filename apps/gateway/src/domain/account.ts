import type { AccountView, Locale, Role } from '@pollen/contracts';

export interface Account {
  id: string;
  /** Lower-cased: one account per address whatever its case. */
  email: string;
  passwordHash: string;
  role: Role;
  displayName: string;
  locale: Locale;
  version: number;
  createdAt: Date;
}

export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

export function toAccountView(account: Account): AccountView {
  return {
    id: account.id,
    email: account.email,
    role: account.role,
    displayName: account.displayName,
    locale: account.locale,
    createdAt: account.createdAt.toISOString(),
  };
}

/** A refresh token as stored: only its hash, its family (one login) and its fate. */
export interface RefreshSession {
  tokenHash: string;
  familyId: string;
  accountId: string;
  expiresAt: Date;
  revokedAt?: Date;
}
