import { IMPACT_AREAS, LEGAL_FORMS, REGIONS, STAGES } from '@pollen/contracts/browser';
import { useTranslation } from 'react-i18next';

import { AmountInput } from '../../ui/AmountInput';
import { Checkbox } from '../../ui/Checkbox';
import { Choices } from '../../ui/Choices';
import type { ProgrammeForm } from './programme-form';
import type { FieldsProps } from './ProgrammeFields';

type Rules = ProgrammeForm['eligibility'];

/** The rules screening applies, each list of codes as checkboxes of words. */
export function EligibilityFields({ form, set, errors }: FieldsProps) {
  const { t } = useTranslation();
  const rules = form.eligibility;
  const change = (next: Partial<Rules>) => set({ eligibility: { ...rules, ...next } });
  const error = (name: keyof Rules) => errors[`eligibility.${name}`];
  return (
    <fieldset>
      <legend>{t('operator.form.eligibility')}</legend>
      <p className="hint">{t('operator.form.eligibilityHint')}</p>
      <Choices
        legend={t('operator.form.legalForms')}
        codes={LEGAL_FORMS}
        words={(code) => t(`codes.legalForm.${code}`)}
        chosen={rules.legalForms}
        onChange={(legalForms) => change({ legalForms })}
        error={error('legalForms')}
      />
      <Choices
        legend={t('operator.form.regions')}
        codes={REGIONS}
        words={(code) => t(`codes.region.${code}`)}
        chosen={rules.regions}
        onChange={(regions) => change({ regions })}
        error={error('regions')}
      />
      <Choices
        legend={t('operator.form.impactAreas')}
        codes={IMPACT_AREAS}
        words={(code) => t(`codes.impactArea.${code}`)}
        chosen={rules.impactAreas}
        onChange={(impactAreas) => change({ impactAreas })}
        error={error('impactAreas')}
      />
      <Choices
        legend={t('operator.form.stages')}
        codes={STAGES}
        words={(code) => t(`codes.stage.${code}`)}
        chosen={rules.stages}
        onChange={(stages) => change({ stages })}
        error={error('stages')}
      />
      <Checkbox
        label={t('operator.form.esusRequired')}
        checked={rules.esusRequired}
        onChange={(esusRequired) => change({ esusRequired })}
        error={error('esusRequired')}
      />
      <AmountInput
        label={t('operator.form.minAmount')}
        cents={rules.minAmountCents}
        onChange={(minAmountCents) => change({ minAmountCents })}
        error={error('minAmountCents')}
      />
      <AmountInput
        label={t('operator.form.maxAmount')}
        cents={rules.maxAmountCents}
        onChange={(maxAmountCents) => change({ maxAmountCents })}
        error={error('maxAmountCents')}
      />
    </fieldset>
  );
}
