import type { TFunction } from 'i18next';

import type { Schemas } from '../../api/client';
import { list, money, percent } from '../../i18n/format';

type Rules = Schemas['EligibilityRulesDto'];

/** A programme's eligibility rules as sentences, in the page's language. */
export function rulesInWords(
  t: TFunction,
  programme: { eligibility: Rules; maxShareOfCost?: number; kind: Schemas['ProgrammeView']['kind'] },
): string[] {
  const { eligibility: rules } = programme;
  const words: string[] = [t('programmes.rule.instrument', { instrument: t(`codes.instrument.${programme.kind}`) })];
  if (rules.legalForms?.length) {
    words.push(
      t('programmes.rule.legalForms', { list: list(rules.legalForms.map((code) => t(`codes.legalForm.${code}`))) }),
    );
  }
  if (rules.regions?.length) {
    words.push(t('programmes.rule.regions', { list: list(rules.regions.map((code) => t(`codes.region.${code}`))) }));
  }
  if (rules.impactAreas?.length) {
    words.push(
      t('programmes.rule.impactAreas', { list: list(rules.impactAreas.map((code) => t(`codes.impactArea.${code}`))) }),
    );
  }
  if (rules.stages?.length) {
    words.push(t('programmes.rule.stages', { list: list(rules.stages.map((code) => t(`codes.stage.${code}`))) }));
  }
  if (rules.esusRequired) words.push(t('programmes.rule.esusRequired'));
  const { minAmountCents: min, maxAmountCents: max } = rules;
  if (min !== undefined && max !== undefined) {
    words.push(t('programmes.rule.amountBetween', { min: money(min), max: money(max) }));
  } else if (min !== undefined) words.push(t('programmes.rule.amountAtLeast', { min: money(min) }));
  else if (max !== undefined) words.push(t('programmes.rule.amountAtMost', { max: money(max) }));
  if (programme.maxShareOfCost !== undefined) {
    words.push(t('programmes.rule.shareOfCost', { percent: percent(programme.maxShareOfCost) }));
  }
  return words;
}
