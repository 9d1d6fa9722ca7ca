import type { Schemas } from '../../api/client';

type Profile = Schemas['InvestorProfileDto'];
type Thesis = Profile['thesis'];
type Patch = Schemas['InvestorProfilePatch'];

/** What the profile form edits: the profile's fields, each possibly empty until the first save. */
export interface ProfileValues {
  organisation: { name: string; siren: string; legalForm: string };
  kind?: Profile['kind'];
  contact: { name: string; email: string; phone: string };
  thesis: Required<Omit<Thesis, 'ticketMinCents' | 'ticketMaxCents'>> & {
    ticketMinCents?: number;
    ticketMaxCents?: number;
  };
  capacityPerMonth?: number;
  active: boolean;
}

/**
 * How many projects a month a new investor's form offers to study: the API requires a number, and
 * an empty field would be refused at the first save for a figure the investor had not thought of.
 */
export const NEW_INVESTOR_CAPACITY_PER_MONTH = 10;

/** The form's values from the investor as read: a new investor's form starts empty, accepting everything. */
export function valuesOf(investor: Schemas['InvestorView'], account?: { displayName: string; email: string }) {
  const profile = investor.profile;
  const thesis = profile?.thesis;
  const values: ProfileValues = {
    organisation: {
      name: profile?.organisation.name ?? '',
      siren: profile?.organisation.siren ?? '',
      legalForm: profile?.organisation.legalForm ?? '',
    },
    kind: profile?.kind,
    contact: {
      name: profile?.contact.name ?? account?.displayName ?? '',
      email: profile?.contact.email ?? account?.email ?? '',
      phone: profile?.contact.phone ?? '',
    },
    thesis: {
      instruments: thesis?.instruments ?? [],
      regions: thesis?.regions ?? [],
      legalForms: thesis?.legalForms ?? [],
      stages: thesis?.stages ?? [],
      impactAreas: thesis?.impactAreas ?? [],
      engagementDimensions: thesis?.engagementDimensions ?? [],
      sdgs: thesis?.sdgs ?? [],
      ticketMinCents: thesis?.ticketMinCents,
      ticketMaxCents: thesis?.ticketMaxCents,
      esusRequired: thesis?.esusRequired ?? false,
    },
    capacityPerMonth: profile ? profile.capacityPerMonth : NEW_INVESTOR_CAPACITY_PER_MONTH,
    active: profile?.active ?? true,
  };
  return values;
}

/** An optional text: `null` when emptied, which a JSON merge patch (RFC 7396) reads as "remove it". */
const optional = (text: string) => (text.trim() === '' ? null : text.trim());

/**
 * The PATCH body: the whole profile, the API validating the merged result as a whole. Required
 * texts go as typed, even empty, so the API names them rather than keeping the old value; an
 * amount left empty is left out, the API then saying it is missing.
 */
export function patchOf(values: ProfileValues): Patch {
  const { ticketMinCents, ticketMaxCents, ...lists } = values.thesis;
  return {
    organisation: {
      name: values.organisation.name.trim(),
      siren: optional(values.organisation.siren),
      legalForm: optional(values.organisation.legalForm),
    },
    ...(values.kind ? { kind: values.kind } : {}),
    contact: {
      name: values.contact.name.trim(),
      email: values.contact.email.trim(),
      phone: optional(values.contact.phone),
    },
    thesis: {
      ...lists,
      ...(ticketMinCents === undefined ? {} : { ticketMinCents }),
      ...(ticketMaxCents === undefined ? {} : { ticketMaxCents }),
    },
    ...(values.capacityPerMonth === undefined ? {} : { capacityPerMonth: values.capacityPerMonth }),
    active: values.active,
  };
}

/** Said as the amounts are typed, before the API would: a ticket whose maximum is below its minimum. */
export const ticketInverted = ({ ticketMinCents: min, ticketMaxCents: max }: ProfileValues['thesis']) =>
  min !== undefined && max !== undefined && max < min;
