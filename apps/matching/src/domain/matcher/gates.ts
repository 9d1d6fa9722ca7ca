import { euros, type LocalisedText, type MatchExplanationEntry, type MatchGate } from '@pollen/contracts';

import { INSTRUMENT_LABELS, LEGAL_FORM_LABELS, listOf, REGION_LABELS, STAGE_LABELS } from './labels';
import type { MatchableApplication, MatchableThesis } from './matchable';

interface Gate {
  criterion: MatchGate;
  passes(application: MatchableApplication, thesis: MatchableThesis['thesis']): boolean;
  message(application: MatchableApplication, thesis: MatchableThesis['thesis'], passed: boolean): LocalisedText;
}

/** An empty or absent list in a thesis means "any". */
const accepts = <T>(list: readonly T[] | undefined, value: T | undefined): boolean =>
  !list?.length || (value !== undefined && list.includes(value));

/** What a gate says: the thesis' own targeting, or that it accepts any value. */
const anyOr = (list: readonly unknown[] | undefined, targeted: LocalisedText, any: LocalisedText) =>
  list?.length ? targeted : any;

/** The hard gates, in the order an explanation lists them. */
export const GATES: readonly Gate[] = [
  {
    criterion: 'instrument',
    passes: (a, t) => accepts(t.instruments, a.instrument),
    message: (a, t, passed) => {
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
    message: (a, t, passed) => {
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
    message: (a, t, passed) => {
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
    message: (a, t, passed) => {
      const stage = a.stage ? STAGE_LABELS[a.stage] : { fr: 'non précisé', en: 'not given' };
      return anyOr(
        t.stages,
        passed
          ? { fr: `Le stade du projet (${stage.fr}) est visé`, en: `The project's stage (${stage.en}) is targeted` }
          : {
              fr: `Le stade du projet (${stage.fr}) n'est pas parmi ceux visés (${listOf((t.stages ?? []).map((s) => STAGE_LABELS[s])).fr})`,
              en: `The project's stage (${stage.en}) is not among those targeted (${listOf((t.stages ?? []).map((s) => STAGE_LABELS[s])).en})`,
            },
        { fr: 'Tous les stades sont visés', en: 'Every stage is targeted' },
      );
    },
  },
  {
    criterion: 'ticket-range',
    passes: (a, t) => t.ticketMinCents <= a.amountCents && a.amountCents <= t.ticketMaxCents,
    message: (a, t, passed) => {
      const [amount, min, max] = [euros(a.amountCents), euros(t.ticketMinCents), euros(t.ticketMaxCents)];
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
    message: (a, t, passed) =>
      !t.esusRequired
        ? { fr: "L'agrément ESUS n'est pas exigé", en: 'The ESUS agrément is not required' }
        : passed
          ? { fr: "L'agrément ESUS exigé est détenu", en: 'The ESUS agrément required is held' }
          : { fr: "L'agrément ESUS est exigé et n'est pas détenu", en: 'The ESUS agrément is required and not held' },
  },
];

/** Whether the thesis lets the application through every gate: what the index answers fast. */
export function passesGates(application: MatchableApplication, thesis: MatchableThesis['thesis']): boolean {
  return GATES.every((gate) => gate.passes(application, thesis));
}

/** Every gate's line of the explanation, passed or not. */
export function gateLines(
  application: MatchableApplication,
  thesis: MatchableThesis['thesis'],
): MatchExplanationEntry[] {
  return GATES.map((gate) => {
    const passed = gate.passes(application, thesis);
    return { criterion: gate.criterion, kind: 'gate', passed, message: gate.message(application, thesis, passed) };
  });
}
