import { accordDeConfidentialite } from './accord-de-confidentialite';
import { contratDePret } from './contrat-de-pret';
import { contratDePretDHonneur } from './contrat-de-pret-d-honneur';
import { conventionDeSubvention } from './convention-de-subvention';
import { lettreDIntention } from './lettre-d-intention';
import type { LibraryTemplate } from './library-template';

/** The seed library, published at start (issue 14): each template once, as version 1.0.0. */
export const LIBRARY: readonly LibraryTemplate[] = [
  accordDeConfidentialite,
  lettreDIntention,
  conventionDeSubvention,
  contratDePret,
  contratDePretDHonneur,
];
