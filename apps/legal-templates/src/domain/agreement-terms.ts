import {
  type DealTermsDto,
  IMPACT_AREA_LABELS,
  type Instrument,
  LEGAL_FORM_LABELS,
  type LegalForm,
} from '@pollen/contracts';

import type { ApplicationFacts, PartyFacts, ProgrammeFacts } from './deal-facts';

/** What every agreement of a funded deal is made of, whoever funds it. */
export interface FundedDeal {
  /** Who pays: the programme's operator, or the introduced investor's organisation. */
  funder: PartyFacts;
  beneficiary: PartyFacts & { siren: string };
  programme: ProgrammeFacts;
  application: ApplicationFacts;
  /** Whether the programme's budget pays: its instalments and co-financing cap then apply. */
  byProgramme: boolean;
  amountCents: number;
  durationMonths: number;
  project: string;
  /** The day the agreement is made (YYYY-MM-DD, Paris): the day of the decision. */
  signedOn: string;
  /** What the decision set beside the amount (a loan's rate and grace period …). */
  terms: DealTermsDto;
}

/** « association », « SCIC »: a legal form's code as an agreement writes it (French binds). */
export const legalFormText = (code: LegalForm | undefined): string | undefined =>
  code ? LEGAL_FORM_LABELS[code].fr : undefined;

/** A party's variables: its name, and its legal form and SIREN when known. */
export function partyVariables(party: PartyFacts): Record<string, string> {
  return {
    name: party.name,
    ...(party.legalForm ? { legalForm: party.legalForm } : {}),
    ...(party.siren ? { siren: party.siren } : {}),
  };
}

/** YYYY-MM-DD `months` later, on the same day or the month's last when shorter. */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number);
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(date, last));
  return first.toISOString().slice(0, 10);
}

/**
 * The programme's instalments, in cents that add up to the amount exactly (the last takes the
 * rounding), or the whole amount at signature when the programme sets none or an investor pays.
 */
export function tranchesOf(deal: FundedDeal): { dueOn: string; amountCents: number; condition: string }[] {
  const tranches = (deal.byProgramme && deal.programme.tranches) || [
    { sharePercent: 100, monthsAfterSigning: 0, condition: 'à la signature' },
  ];
  let paid = 0;
  // An instalment too small to be a cent (a tiny amount) is left out; the last takes the rest.
  return tranches
    .map((tranche, index) => {
      const amountCents =
        index === tranches.length - 1
          ? deal.amountCents - paid
          : Math.floor((deal.amountCents * tranche.sharePercent) / 100);
      paid += amountCents;
      return { dueOn: addMonths(deal.signedOn, tranche.monthsAfterSigning), amountCents, condition: tranche.condition };
    })
    .filter((tranche) => tranche.amountCents > 0);
}

/** The co-financing clause: only when the programme pays, caps its share and the project states its cost. */
export function cofinancingOf(deal: FundedDeal): { maxSharePercent: number; totalCostCents: number } | undefined {
  const share = deal.programme.maxShareOfCost;
  const totalCostCents = deal.application.project.totalCostCents;
  if (!deal.byProgramme || share === undefined || !totalCostCents) return undefined;
  const maxSharePercent = Math.round(share * 100);
  return maxSharePercent >= 1 ? { maxSharePercent, totalCostCents } : undefined;
}

/** The impact indicators the report gives: the project's impact areas, and whom it reaches. */
export function indicatorsOf(application: ApplicationFacts): string[] {
  const areas = (application.project.impactAreas ?? []).map(
    (area) => `Résultats du projet en matière de ${IMPACT_AREA_LABELS[area].fr}`,
  );
  const reach = application.project.beneficiaries
    ? `Personnes bénéficiaires du projet (objectif : ${application.project.beneficiaries})`
    : 'Personnes bénéficiaires du projet';
  return [...areas, reach];
}

/**
 * A loan's repayment table: one row a month, interest only during the grace period, then equal
 * principal; the last row takes the rounding, so the principal adds up to the amount exactly.
 */
export function repaymentSchedule(
  deal: FundedDeal,
  annualRatePercent: number,
  graceMonths: number,
): { dueOn: string; principalCents: number; interestCents: number; remainingCents: number }[] {
  const rows = [];
  const months = deal.durationMonths;
  const grace = Math.min(graceMonths, months - 1);
  const principal = Math.floor(deal.amountCents / (months - grace));
  let remaining = deal.amountCents;
  for (let month = 1; month <= months; month += 1) {
    const interestCents = Math.round((remaining * annualRatePercent) / 100 / 12);
    const principalCents = month <= grace ? 0 : month === months ? remaining : principal;
    remaining -= principalCents;
    rows.push({ dueOn: addMonths(deal.signedOn, month), principalCents, interestCents, remainingCents: remaining });
  }
  return rows;
}

const signing = (deal: FundedDeal) => ({ date: deal.signedOn });

/** Only the terms the decision set: an agreement states its default for the others. */
const defined = (terms: Record<string, number | undefined>) =>
  Object.fromEntries(Object.entries(terms).filter(([, value]) => value !== undefined));

/**
 * The variables of each instrument's agreement, from the deal. A term the decision did not set
 * takes the agreement's default (docs/legal-templates.md): a loan at 0 % without grace, an honour
 * loan without grace, a guarantee up to its amount, a BSA AIR without discount or cap.
 */
export const AGREEMENT_VARIABLES: Record<Instrument, (deal: FundedDeal) => Record<string, unknown>> = {
  grant: (deal) => {
    const cofinancing = cofinancingOf(deal);
    return {
      funder: partyVariables(deal.funder),
      beneficiary: partyVariables(deal.beneficiary),
      programme: deal.programme.title,
      project: deal.project,
      amountCents: deal.amountCents,
      tranches: tranchesOf(deal),
      ...(cofinancing ? { cofinancing } : {}),
      durationMonths: deal.durationMonths,
      indicators: indicatorsOf(deal.application),
      signing: signing(deal),
    };
  },
  // The decision keeps a grace period below the duration; an older one is read the same way.
  loan: (deal) => {
    const annualRatePercent = deal.terms.annualRatePercent ?? 0;
    const graceMonths = Math.min(deal.terms.graceMonths ?? 0, deal.durationMonths - 1);
    return {
      lender: partyVariables(deal.funder),
      borrower: partyVariables(deal.beneficiary),
      project: deal.project,
      amountCents: deal.amountCents,
      annualRatePercent,
      durationMonths: deal.durationMonths,
      graceMonths,
      schedule: repaymentSchedule(deal, annualRatePercent, graceMonths),
      signing: signing(deal),
    };
  },
  'honour-loan': (deal) => {
    const graceMonths = Math.min(deal.terms.graceMonths ?? 0, deal.durationMonths - 1);
    return {
      lender: partyVariables(deal.funder),
      organisation: partyVariables(deal.beneficiary),
      project: deal.project,
      amountCents: deal.amountCents,
      graceMonths,
      instalments: deal.durationMonths - graceMonths,
      firstDueOn: addMonths(deal.signedOn, graceMonths + 1),
      signing: signing(deal),
    };
  },
  guarantee: (deal) => ({
    guarantor: partyVariables(deal.funder),
    beneficiary: partyVariables(deal.beneficiary),
    project: deal.project,
    amountCents: deal.amountCents,
    durationMonths: deal.durationMonths,
    ...defined({ guaranteedSharePercent: deal.terms.guaranteedSharePercent }),
    signing: signing(deal),
  }),
  equity: (deal) => ({
    investor: partyVariables(deal.funder),
    company: partyVariables(deal.beneficiary),
    project: deal.project,
    amountCents: deal.amountCents,
    maturityMonths: deal.durationMonths,
    ...defined({ discountPercent: deal.terms.discountPercent, valuationCapCents: deal.terms.valuationCapCents }),
    signing: signing(deal),
  }),
  'quasi-equity': (deal) => ({
    subscriber: partyVariables(deal.funder),
    issuer: partyVariables(deal.beneficiary),
    project: deal.project,
    amountCents: deal.amountCents,
    // Titres participatifs are redeemable at the earliest after seven years (art. L. 228-36 code de commerce).
    redeemableAfterYears: Math.min(30, Math.max(7, Math.ceil(deal.durationMonths / 12))),
    ...defined({ fixedRatePercent: deal.terms.annualRatePercent }),
    signing: signing(deal),
  }),
  support: (deal) => ({
    sponsor: partyVariables(deal.funder),
    beneficiary: partyVariables(deal.beneficiary),
    project: deal.project,
    amountCents: deal.amountCents,
    durationMonths: deal.durationMonths,
    signing: signing(deal),
  }),
};

/** What an agreement calls the project: its title, or the start of what the funding is for. */
export function projectName(application: ApplicationFacts | null, purpose: string | undefined): string {
  if (application?.project.title) return application.project.title;
  const text = (purpose ?? application?.request.purpose ?? '').trim();
  const sentence = text.split(/(?<=[.!?])\s/)[0] ?? '';
  if (sentence.length > 0) return sentence.length <= 160 ? sentence : `${sentence.slice(0, 159)}…`;
  return application ? `projet de ${application.organisation.name}` : 'projet';
}
