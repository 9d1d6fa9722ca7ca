import type { LocalisedText, MatchExplanationEntry, MatchGate } from '@pollen/contracts';
import { INSTRUMENT_LABELS, LEGAL_FORM_LABELS, listOf, REGION_LABELS, STAGE_LABELS } from '@pollen/contracts';

import type { MatchableApplication, MatchableThesis } from './matchable';
import { amountLabel, type PreparedApplication, type PreparedThesis, ticketLabels } from './prepared';

type Thesis = MatchableThesis['thesis'];

interface Gate {
  criterion: MatchGate;
  /** On the thesis as it is: one pair at a time (retractions, a scan). */
  passes(application: MatchableApplication, thesis: Thesis): boolean;
  /** The same rule on the prepared forms, for the explanations of the many theses proposed. */
  admits(application: PreparedApplication, thesis: PreparedThesis): boolean;
  message(application: PreparedApplication, thesis: PreparedThesis, passed: boolean): LocalisedText;
}

/** An empty or absent list in a thesis means "any". */
const accepts = <T>(list: readonly T[] | undefined, value: T | undefined): boolean =>
  !list?.length || (value !== undefined && list.includes(value));

type GateList = 'instruments' | 'regions' | 'legalForms' | 'stages';
type GateValue = 'instrument' | 'region' | 'legalForm' | 'stage';

/** `accepts` by bits; by the list itself when the application's value has none (unknown). */
function admitsBy(application: PreparedApplication, thesis: PreparedThesis, list: GateList, value: GateValue) {
  const targeted = thesis[list];
  if (targeted === undefined) return true;
  const wanted = application[value];
  if (wanted !== undefined) return (wanted & targeted) !== 0;
  return accepts<unknown>(thesis.candidate.thesis[list], application.application[value]);
}

/** What a gate says: the thesis' own targeting, or that it accepts any value. */
const anyOr = (bits: number | undefined, targeted: LocalisedText, any: LocalisedText) =>
  bits !== undefined ? targeted : any;

/** The hard gates, in the order an explanation lists them. */
export const GATES: readonly Gate[] = [
  {
    criterion: 'instrument',
    passes: (a, t) => accepts(t.instruments, a.instrument),
    admits: (a, t) => admitsBy(a, t, 'instruments', 'instrument'),
    message: ({ application: a }, t, passed) => {
      const label = INSTRUMENT_LABELS[a.instrument];
      return anyOr(
        t.instruments,
        passed
          ? {
              fr: `L'instrument demandé (${label.fr}) est proposé par l'investisseur`,
              en: `The instrument requested (${label.en}) is one the investor offers`,
            }
          : {
              fr: `L'instrument demandé (${label.fr}) n'est pas proposé par l'investisseur`,
              en: `The instrument requested (${label.en}) is not one the investor offers`,
            },
        { fr: 'Tous les instruments sont acceptés', en: 'Every instrument is accepted' },
      );
    },
  },
  {
    criterion: 'region',
    passes: (a, t) => accepts(t.regions, a.region),
    admits: (a, t) => admitsBy(a, t, 'regions', 'region'),
    message: ({ application: a }, t, passed) => {
      const name = REGION_LABELS[a.region];
      return anyOr(
        t.regions,
        passed
          ? {
              fr: `La région ${name.fr} fait partie des régions ciblées`,
              en: `${name.en} is one of the regions targeted`,
            }
          : {
              fr: `La région ${name.fr} ne fait pas partie des régions ciblées`,
              en: `${name.en} is not one of the regions targeted`,
            },
        { fr: 'Toutes les régions sont ciblées', en: 'Every region is targeted' },
      );
    },
  },
  {
    criterion: 'legal-form',
    passes: (a, t) => accepts(t.legalForms, a.legalForm),
    admits: (a, t) => admitsBy(a, t, 'legalForms', 'legalForm'),
    message: ({ application: a }, t, passed) => {
      const form = LEGAL_FORM_LABELS[a.legalForm];
      return anyOr(
        t.legalForms,
        passed
          ? { fr: `La forme juridique (${form.fr}) est acceptée`, en: `The legal form (${form.en}) is accepted` }
          : {
              fr: `La forme juridique (${form.fr}) n'est pas acceptée`,
              en: `The legal form (${form.en}) is not accepted`,
            },
        { fr: 'Toutes les formes juridiques sont acceptées', en: 'Every legal form is accepted' },
      );
    },
  },
  {
    criterion: 'stage',
    passes: (a, t) => accepts(t.stages, a.stage),
    admits: (a, t) => admitsBy(a, t, 'stages', 'stage'),
    message: ({ application: a }, t, passed) => {
      const stage = a.stage ? STAGE_LABELS[a.stage] : { fr: 'non précisé', en: 'not given' };
      return anyOr(
        t.stages,
        passed
          ? { fr: `Le stade du projet (${stage.fr}) est visé`, en: `The project's stage (${stage.en}) is targeted` }
          : {
              fr: `Le stade du projet (${stage.fr}) n'est pas parmi ceux visés (${listOf((t.candidate.thesis.stages ?? []).map((s) => STAGE_LABELS[s])).fr})`,
              en: `The project's stage (${stage.en}) is not among those targeted (${listOf((t.candidate.thesis.stages ?? []).map((s) => STAGE_LABELS[s])).en})`,
            },
        { fr: 'Tous les stades sont visés', en: 'Every stage is targeted' },
      );
    },
  },
  {
    criterion: 'ticket-range',
    passes: (a, t) => t.ticketMinCents <= a.amountCents && a.amountCents <= t.ticketMaxCents,
    admits: ({ application: a }, t) => t.ticketMinCents <= a.amountCents && a.amountCents <= t.ticketMaxCents,
    message: (a, t, passed) => {
      const [amount, { min, max }] = [amountLabel(a), ticketLabels(t)];
      return passed
        ? {
            fr: `Le montant demandé (${amount.fr}) est dans le ticket (${min.fr} à ${max.fr})`,
            en: `The amount requested (${amount.en}) is within the ticket (${min.en} to ${max.en})`,
          }
        : {
            fr: `Le montant demandé (${amount.fr}) est hors du ticket (${min.fr} à ${max.fr})`,
            en: `The amount requested (${amount.en}) is outside the ticket (${min.en} to ${max.en})`,
          };
    },
  },
  {
    criterion: 'esus',
    passes: (a, t) => !t.esusRequired || a.esus,
    admits: ({ application: a }, t) => !t.esusRequired || a.esus,
    message: (_a, t, passed) =>
      !t.esusRequired
        ? { fr: "L'agrément ESUS n'est pas exigé", en: 'The ESUS agrément is not required' }
        : passed
          ? { fr: "L'agrément ESUS exigé est détenu", en: 'The ESUS agrément required is held' }
          : { fr: "L'agrément ESUS est exigé et n'est pas détenu", en: 'The ESUS agrément is required and not held' },
  },
];

/** Whether the thesis lets the application through every gate: what the index answers fast. */
export function passesGates(application: MatchableApplication, thesis: Thesis): boolean {
  return GATES.every((gate) => gate.passes(application, thesis));
}

/** Every gate's line of the explanation, passed or not. */
export function gateLines(application: PreparedApplication, thesis: PreparedThesis): MatchExplanationEntry[] {
  return GATES.map((gate) => {
    const passed = gate.admits(application, thesis);
    return {
      criterion: gate.criterion,
      kind: 'gate',
      passed,
      message: gate.message(application, thesis, passed),
    };
  });
}
