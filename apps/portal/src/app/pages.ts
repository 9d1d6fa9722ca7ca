import type { ParseKeys } from 'i18next';
import type { ReactNode } from 'react';

import type { Schemas } from '../api/client';

export type Role = Schemas['AccountView']['role'];

/**
 * One page of the portal: where it is, who may open it and, when it has one, its link in the menu.
 * The routes (App) and the menu (Layout) are both read from the areas' lists of these.
 */
export interface PortalPage {
  path: string;
  element: ReactNode;
  /** `anyone`, any signed-in account, or only these roles (others are told "not allowed"). */
  for: 'anyone' | 'signed-in' | readonly Role[];
  /** The menu's words for it, shown to those it is for. */
  nav?: ParseKeys;
}

/** Whether the page is for this visitor (undefined: not signed in). */
export function isFor(page: PortalPage, role: Role | undefined): boolean {
  if (page.for === 'anyone') return true;
  if (!role) return false;
  return page.for === 'signed-in' || page.for.includes(role);
}
