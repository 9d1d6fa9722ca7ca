import { type Instrument, INSTRUMENTS } from '@pollen/contracts';

import { accordDeConfidentialite } from './accord-de-confidentialite';
import { contratDEmissionDeTitresParticipatifs } from './contrat-d-emission-de-titres-participatifs';
import { contratDePret } from './contrat-de-pret';
import { contratDePretDHonneur } from './contrat-de-pret-d-honneur';
import { conventionDeGarantie } from './convention-de-garantie';
import { conventionDeMecenatDeCompetences } from './convention-de-mecenat-de-competences';
import { conventionDeSubvention } from './convention-de-subvention';
import { lettreDIntention } from './lettre-d-intention';
import type { LibraryTemplate } from './library-template';
import { termSheetBsaAir } from './term-sheet-bsa-air';

/** The seed library, published at start (issue 14): each template's version once. */
export const LIBRARY: readonly LibraryTemplate[] = [
  accordDeConfidentialite,
  lettreDIntention,
  conventionDeSubvention,
  contratDePret,
  contratDePretDHonneur,
  conventionDeGarantie,
  termSheetBsaAir,
  contratDEmissionDeTitresParticipatifs,
  conventionDeMecenatDeCompetences,
];

/**
 * The agreement of each instrument: the library's template made for that instrument alone (the
 * confidentiality agreement and the letter of intent serve them all). Derived, so a new
 * instrument without its agreement fails at start, not at its first funded deal.
 */
const AGREEMENTS = new Map(
  LIBRARY.filter((template) => template.instruments.length === 1).map((template) => [
    template.instruments[0],
    template,
  ]),
);
for (const instrument of INSTRUMENTS) {
  if (!AGREEMENTS.has(instrument)) throw new Error(`the seed library has no agreement for ${instrument}`);
}

export const agreementOf = (instrument: Instrument): LibraryTemplate => AGREEMENTS.get(instrument) as LibraryTemplate;
