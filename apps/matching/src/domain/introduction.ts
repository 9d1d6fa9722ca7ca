import type { ContactDto, InvestorKind, LegalForm, Locale, MatchIntroducedData, Region } from '@pollen/contracts';

import { ApplicationOutdated } from '../errors';
import type { ApplicationProjection } from './application-projection';
import type { Investor } from './investor';

/** The two sides of an introduction and the request between them, as the deal's documents need them. */
export interface IntroductionParties {
  applicant: {
    accountId: string;
    locale: Locale;
    contact: ContactDto;
    organisation: { name: string; siren: string; legalForm: LegalForm; region: Region };
  };
  investor: {
    accountId: string;
    locale: Locale;
    kind: InvestorKind;
    contact: ContactDto;
    organisation: { name: string; siren?: string; legalForm?: string };
  };
  request: MatchIntroducedData['request'];
}

// The platform's language when an account's choice was never heard: an account registered before
// matching kept locales, in a deployment whose consumer group had already read its event.
const FALLBACK_LOCALE: Locale = 'fr';

/**
 * Who meets whom, from matching's copy of the application, the investor's profile and the locales
 * the accounts chose. An eligible application has every field read here (completeness requires
 * them at submission); only a projection stored before the SIREN and purpose were kept lacks them,
 * and gets a 409 until an operator rebuilds it.
 */
export function introductionPartiesOf(
  projection: ApplicationProjection,
  investor: Investor,
  locales: Map<string, Locale>,
  applicantContact: ContactDto,
): IntroductionParties {
  const { organisation, request } = projection;
  const profile = investor.profile;
  const { name, siren, legalForm, region } = organisation;
  const { amountCents, instrument, durationMonths, purpose } = request;
  if (
    !profile ||
    !name ||
    !siren ||
    !legalForm ||
    !region ||
    amountCents === undefined ||
    !instrument ||
    durationMonths === undefined ||
    purpose === undefined
  ) {
    throw new ApplicationOutdated(projection.applicationId);
  }
  return {
    applicant: {
      accountId: projection.ownerId,
      locale: locales.get(projection.ownerId) ?? FALLBACK_LOCALE,
      contact: applicantContact,
      organisation: { name, siren, legalForm, region },
    },
    investor: {
      accountId: investor.id,
      locale: locales.get(investor.id) ?? FALLBACK_LOCALE,
      kind: profile.kind,
      contact: profile.contact,
      organisation: {
        name: profile.organisation.name,
        ...(profile.organisation.siren ? { siren: profile.organisation.siren } : {}),
        ...(profile.organisation.legalForm ? { legalForm: profile.organisation.legalForm } : {}),
      },
    },
    request: { amountCents, instrument, durationMonths, purpose },
  };
}
