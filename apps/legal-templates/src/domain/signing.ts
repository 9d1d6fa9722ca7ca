import type { Actor, DocumentPartyRole } from '@pollen/contracts';

import type { LegalDocument } from './document';

/**
 * The party an account signs for: the one it is the account of, or, for an operator, the funder
 * (a programme's operator organisation, which has no account of its own). None: not a signer.
 */
export function signerRole(document: LegalDocument, actor: Actor): DocumentPartyRole | undefined {
  // Documents recorded before deals made theirs name no parties.
  const parties = document.parties ?? [];
  const own = parties.find((party) => party.accountId === actor.id);
  if (own) return own.role;
  const funder = parties.find((party) => party.role === 'funder' && !party.accountId);
  return funder && actor.roles.includes('operator') ? funder.role : undefined;
}

/** Every party the document binds has signed it. */
export const everyPartySigned = (document: LegalDocument): boolean =>
  (document.parties ?? []).every((party) =>
    (document.signatures ?? []).some((signature) => signature.role === party.role),
  );
