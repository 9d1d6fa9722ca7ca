import { accordDeConfidentialite } from './accord-de-confidentialite';
import { contratDePret } from './contrat-de-pret';
import { conventionDeSubvention } from './convention-de-subvention';
import type { LibraryTemplate } from './library-template';

/** The seed library, published at start (issue 14): each template once, as version 1.0.0. */
export const LIBRARY: readonly LibraryTemplate[] = [accordDeConfidentialite, conventionDeSubvention, contratDePret];
