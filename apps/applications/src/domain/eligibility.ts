import {
  type EligibilityReason,
  euros,
  type FundingRequestDto,
  type OrganisationDto,
  parisDay,
  type ProjectDto,
  type RulesAppliedView,
} from '@pollen/contracts';

import type { Programme } from './programme';

export interface ScreeningInput {
  organisation: OrganisationDto;
  project: ProjectDto;
  request: FundingRequestDto;
}

export interface ScreeningOutcome {
  result: 'eligible' | 'ineligible';
  reasons: EligibilityReason[];
  rulesApplied: RulesAppliedView;
}

const inEuros = (cents: number | undefined) => (cents === undefined ? '—' : euros(cents).fr);

/** An empty or missing rule list means "any": only a non-empty one restricts. */
const restricts = <T>(list: readonly T[] | undefined): list is readonly T[] => !!list && list.length > 0;

/**
 * Screens an application against a programme's rules and reports EVERY failed rule, with what
 * was expected, what was found and a sentence in French and English. Pure: same input, same
 * outcome; the rules applied are returned to be recorded with the result.
 */
export function screen(input: ScreeningInput, programme: Programme, submittedOn: Date): ScreeningOutcome {
  const rules = programme.eligibility;
  const { organisation, project, request } = input;
  const reasons: EligibilityReason[] = [];
  const fail = (reason: EligibilityReason) => reasons.push(reason);

  if (restricts(rules.legalForms) && !rules.legalForms.includes(organisation.legalForm as never)) {
    fail({
      rule: 'legal-form',
      code: 'legal-form-not-accepted',
      expected: rules.legalForms,
      actual: organisation.legalForm ?? null,
      message: {
        fr: `La forme juridique « ${organisation.legalForm} » n’est pas acceptée (acceptées : ${rules.legalForms.join(', ')}).`,
        en: `Legal form “${organisation.legalForm}” is not accepted (accepted: ${rules.legalForms.join(', ')}).`,
      },
    });
  }
  if (restricts(rules.regions) && !rules.regions.includes(organisation.region as never)) {
    fail({
      rule: 'region',
      code: 'region-not-covered',
      expected: rules.regions,
      actual: organisation.region ?? null,
      message: {
        fr: `La région ${organisation.region} n’est pas couverte par ce programme (${rules.regions.join(', ')}).`,
        en: `Region ${organisation.region} is not covered by this programme (${rules.regions.join(', ')}).`,
      },
    });
  }
  const areas = project.impactAreas ?? [];
  const wanted = rules.impactAreas;
  if (restricts(wanted) && !areas.some((area) => wanted.includes(area))) {
    fail({
      rule: 'impact-areas',
      code: 'no-shared-impact-area',
      expected: wanted,
      actual: areas,
      message: {
        fr: `Le projet ne partage aucun domaine d’impact avec le programme (${wanted.join(', ')}).`,
        en: `The project shares no impact area with the programme (${wanted.join(', ')}).`,
      },
    });
  }
  if (restricts(rules.stages) && !rules.stages.includes(project.stage as never)) {
    fail({
      rule: 'stage',
      code: 'stage-not-accepted',
      expected: rules.stages,
      actual: project.stage ?? null,
      message: {
        fr: `Le stade « ${project.stage} » n’est pas accepté (acceptés : ${rules.stages.join(', ')}).`,
        en: `Stage “${project.stage}” is not accepted (accepted: ${rules.stages.join(', ')}).`,
      },
    });
  }
  const amount = request.amountCents ?? 0;
  if (rules.minAmountCents !== undefined && amount < rules.minAmountCents) {
    fail({
      rule: 'amount-range',
      code: 'amount-below-minimum',
      expected: { minAmountCents: rules.minAmountCents, maxAmountCents: rules.maxAmountCents ?? null },
      actual: amount,
      message: {
        fr: `Le montant demandé (${inEuros(amount)}) est inférieur au minimum du programme (${inEuros(rules.minAmountCents)}).`,
        en: `The amount requested (${inEuros(amount)}) is below the programme’s minimum (${inEuros(rules.minAmountCents)}).`,
      },
    });
  }
  if (rules.maxAmountCents !== undefined && amount > rules.maxAmountCents) {
    fail({
      rule: 'amount-range',
      code: 'amount-above-maximum',
      expected: { minAmountCents: rules.minAmountCents ?? null, maxAmountCents: rules.maxAmountCents },
      actual: amount,
      message: {
        fr: `Le montant demandé (${inEuros(amount)}) dépasse le maximum du programme (${inEuros(rules.maxAmountCents)}).`,
        en: `The amount requested (${inEuros(amount)}) is above the programme’s maximum (${inEuros(rules.maxAmountCents)}).`,
      },
    });
  }
  if (request.instrument !== programme.kind) {
    fail({
      rule: 'instrument',
      code: 'instrument-mismatch',
      expected: programme.kind,
      actual: request.instrument ?? null,
      message: {
        fr: `Ce programme propose « ${programme.kind} », la demande porte sur « ${request.instrument} ».`,
        en: `This programme offers “${programme.kind}”; the request is for “${request.instrument}”.`,
      },
    });
  }
  if (rules.esusRequired) {
    // The agrément's dates are French calendar days.
    const day = parisDay(submittedOn);
    const esus = organisation.esus;
    if (!esus?.certified) {
      fail({
        rule: 'esus',
        code: 'esus-required',
        expected: { certified: true, validOn: day },
        actual: esus ?? null,
        message: {
          fr: 'Ce programme est réservé aux structures titulaires de l’agrément ESUS.',
          en: 'This programme is open only to holders of the ESUS agrément.',
        },
      });
    } else if (!esus.expiresOn || esus.expiresOn < day) {
      fail({
        rule: 'esus',
        code: 'esus-expired',
        expected: { certified: true, validOn: day },
        actual: esus,
        message: {
          fr: `L’agrément ESUS doit être valide à la date de dépôt (${day}) ; il expire le ${esus.expiresOn ?? '(date inconnue)'}.`,
          en: `The ESUS agrément must be valid on the submission date (${day}); it expires on ${esus.expiresOn ?? '(unknown date)'}.`,
        },
      });
    }
  }
  if (programme.maxShareOfCost !== undefined) {
    const total = project.totalCostCents;
    const share = programme.maxShareOfCost;
    // In basis points and integers: 700000 × 0.7 is 489999.99999999994 in floating point.
    const cap = total === undefined ? 0 : Math.floor((total * Math.round(share * 10_000)) / 10_000);
    if (total === undefined || total <= 0) {
      fail({
        rule: 'co-financing',
        code: 'total-cost-missing',
        expected: { maxShareOfCost: share },
        actual: { totalCostCents: total ?? null, amountCents: amount },
        message: {
          fr: `Le programme finance au plus ${Math.round(share * 100)} % du coût total : indiquez le coût total du projet.`,
          en: `The programme pays at most ${Math.round(share * 100)}% of the total cost: give the project’s total cost.`,
        },
      });
    } else if (amount > cap) {
      fail({
        rule: 'co-financing',
        code: 'share-of-cost-exceeded',
        expected: { maxShareOfCost: share, maxAmountCents: cap },
        actual: { totalCostCents: total, amountCents: amount, share: Number((amount / total).toFixed(4)) },
        message: {
          fr: `Le montant demandé dépasse ${Math.round(share * 100)} % du coût total (${inEuros(cap)} au plus).`,
          en: `The amount requested exceeds ${Math.round(share * 100)}% of the total cost (at most ${inEuros(cap)}).`,
        },
      });
    }
  }

  return {
    result: reasons.length === 0 ? 'eligible' : 'ineligible',
    reasons,
    rulesApplied: {
      programmeVersion: programme.version,
      kind: programme.kind,
      ...(programme.maxShareOfCost === undefined ? {} : { maxShareOfCost: programme.maxShareOfCost }),
      eligibility: programme.eligibility,
    },
  };
}
