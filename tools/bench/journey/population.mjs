// The population: varied theses, and applications each written with one thesis in mind.
import { contracts } from './settings.mjs';

/** mulberry32, as apps/matching/bench: seeded, so two runs draw the same theses and projects. */
function draws(seed) {
  const next = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (values) => values[Math.floor(next() * values.length)];
  return {
    next,
    pick,
    /** 1 to `max` distinct values, or none ("any") with probability `anyShare`. */
    some: (values, max, anyShare = 0) =>
      next() < anyShare ? [] : [...new Set(Array.from({ length: 1 + Math.floor(next() * max) }, () => pick(values)))],
    /** Euros spread evenly on a log scale, as tickets are, in cents. */
    cents: (min, max) => Math.round(Math.exp(Math.log(min) + next() * (Math.log(max) - Math.log(min)))) * 100,
  };
}

const METROPOLITAN = contracts.REGIONS.filter((region) => !region.startsWith('FR-9'));
const SDGS = Array.from({ length: 17 }, (_, i) => i + 1);
const LEGAL_FORMS = ['association', 'scop', 'scic', 'sas', 'sarl', 'foundation', 'mutual'];
/** What each kind of funder offers, so that about half the theses lend. */
const INSTRUMENTS_OF = {
  'business-angel': ['equity', 'quasi-equity', 'loan'],
  'impact-fund': ['loan', 'quasi-equity', 'equity'],
  foundation: ['grant', 'support', 'loan'],
  'public-funder': ['grant', 'honour-loan', 'loan', 'guarantee'],
  bank: ['loan', 'guarantee'],
  'corporate-partner': ['grant', 'support'],
};
/** Every programme here lends: screening asks the request's instrument to be the programme's kind. */
export const INSTRUMENT = 'loan';

/** `count` investor profiles: kinds, regions, forms, stages, tickets and goals drawn apart. */
export function investorProfiles(count, draw = draws(21)) {
  return Array.from({ length: count }, (_, i) => {
    const kind = draw.pick(contracts.INVESTOR_KINDS);
    const ticketMinCents = draw.cents(5_000, 150_000);
    return {
      organisation: { name: `Financeur ${i + 1}` },
      kind,
      contact: { name: 'Camille Martin', email: `contact-${i + 1}@financeur.example` },
      thesis: {
        instruments: draw.some(INSTRUMENTS_OF[kind], 3),
        regions: draw.some(METROPOLITAN, 4, 0.3),
        legalForms: draw.some(LEGAL_FORMS, 4, 0.6),
        stages: draw.some(contracts.STAGES, 3, 0.2),
        ticketMinCents,
        ticketMaxCents: ticketMinCents * (3 + Math.floor(draw.next() * 10)),
        esusRequired: draw.next() < 0.2,
        impactAreas: draw.some(contracts.IMPACT_AREAS, 5, 0.25),
        engagementDimensions: draw.some(contracts.ENGAGEMENT_DIMENSIONS, 3, 0.4),
        sdgs: draw.some(SDGS, 5, 0.4),
      },
      // Far above what one bench proposes to an investor (tens), so that the capacity criterion,
      // which falls as the month's matches add up, leaves the later rates as many matches as the first.
      capacityPerMonth: 200 + Math.floor(draw.next() * 801),
      active: true,
    };
  });
}

/**
 * Whom an application is written for: a thesis that lends, states its stages and impact areas.
 * A project fitting it (below) scores at least 73 on it with no capacity left, so every
 * submission has at least one match; the others it gets are those its draw happens to fit.
 */
const isTarget = ({ thesis }) =>
  thesis.instruments.includes(INSTRUMENT) && thesis.stages.length > 0 && thesis.impactAreas.length > 0;

/** A submission's organisation, project and request, fitting `target`'s every gate. */
export function projectFitting({ thesis }, seq, run, draw) {
  const subset = (values, fallback) => draw.some(values.length > 0 ? values : fallback, 2);
  const legalForm = draw.pick(thesis.legalForms.length > 0 ? thesis.legalForms : LEGAL_FORMS);
  // Within a tenth of the ticket's middle: ticket-position is at least 0.9 of its points.
  const spread = (thesis.ticketMaxCents - thesis.ticketMinCents) / 10;
  const middle = (thesis.ticketMinCents + thesis.ticketMaxCents) / 2;
  const amountCents = Math.round((middle + (draw.next() * 2 - 1) * spread) / 100) * 100;
  const certified = thesis.esusRequired || draw.next() < 0.6;
  return {
    organisation: {
      name: `Structure ${run}-${seq}`,
      legalForm,
      region: draw.pick(thesis.regions.length > 0 ? thesis.regions : METROPOLITAN),
      essCompany: !['sas', 'sarl'].includes(legalForm) || certified,
      esus: certified
        ? { certified, expiresOn: new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10) }
        : { certified },
    },
    project: {
      // Unique, and in the subject of the investor's e-mail: how a mail is traced to its submission.
      title: `Projet ${run}-${seq}`,
      summary: 'Un projet d’économie sociale et solidaire',
      impactAreas: subset(thesis.impactAreas),
      engagementDimensions: subset(thesis.engagementDimensions, contracts.ENGAGEMENT_DIMENSIONS),
      sdgs: subset(thesis.sdgs, SDGS),
      stage: draw.pick(thesis.stages),
      beneficiaries: 50 + Math.floor(draw.next() * 950),
      totalCostCents: Math.round(amountCents * 2.5),
    },
    request: { amountCents, instrument: INSTRUMENT, purpose: 'Fonds de roulement et recrutements', durationMonths: 36 },
  };
}

/** `count` projects, numbered from 0, each written for a lending thesis drawn among `profiles`. */
export function projectsFor(profiles, count, run, draw = draws(2026)) {
  const targets = profiles.filter(isTarget);
  if (targets.length === 0) throw new Error('no thesis lends with stages and impact areas: raise BENCH_THESES');
  return Array.from({ length: count }, (_, seq) => ({
    seq,
    fields: projectFitting(draw.pick(targets), seq, run, draw),
  }));
}
