import { INSTRUMENTS } from '@pollen/contracts/browser';
import { useTranslation } from 'react-i18next';

import { AmountInput } from '../../ui/AmountInput';
import { CodeField } from '../../ui/CodeField';
import { Field } from '../../ui/Field';
import { TextField } from '../../ui/TextField';
import type { ProgrammeForm } from './programme-form';

export interface FieldsProps {
  form: ProgrammeForm;
  set: (change: Partial<ProgrammeForm>) => void;
  /** Each field's message by the request's path (`title`, `eligibility.minAmountCents`). */
  errors: Record<string, string>;
}

/** What the programme is, who runs it and when it takes applications. */
export function AboutFields({ form, set, errors }: FieldsProps) {
  const { t } = useTranslation();
  const text = (name: 'title' | 'operatorName' | 'operatorSiren' | 'operatorLegalForm', hint?: string) => (
    <TextField
      label={t(`operator.form.${name}`)}
      hint={hint}
      error={errors[name]}
      value={form[name]}
      onChange={(value) => set({ [name]: value })}
    />
  );
  return (
    <fieldset>
      <legend>{t('operator.form.about')}</legend>
      {text('title')}
      <Field
        label={t('operator.form.description')}
        hint={t('operator.form.descriptionHint')}
        error={errors.description}
      >
        {(props) => (
          <textarea
            {...props}
            rows={5}
            value={form.description}
            onChange={(e) => set({ description: e.target.value })}
          />
        )}
      </Field>
      {text('operatorName')}
      {text('operatorSiren', t('operator.form.operatorSirenHint'))}
      {text('operatorLegalForm', t('operator.form.operatorLegalFormHint'))}
      <CodeField
        label={t('operator.form.kind')}
        codes={INSTRUMENTS}
        words={(code) => t(`codes.instrument.${code}`)}
        value={form.kind}
        onChange={(kind) => set({ kind })}
        error={errors.kind}
      />
      <TextField
        type="date"
        label={t('operator.form.opensOn')}
        hint={t('operator.form.opensHint')}
        error={errors.opensAt}
        value={form.opensOn}
        onChange={(opensOn) => set({ opensOn })}
      />
      <TextField
        type="date"
        label={t('operator.form.closesOn')}
        hint={t('operator.form.closesHint')}
        error={errors.closesAt}
        value={form.closesOn}
        onChange={(closesOn) => set({ closesOn })}
      />
    </fieldset>
  );
}

/** The envelope, the co-funding ceiling and how a grant is paid. */
export function MoneyFields({ form, set, errors }: FieldsProps) {
  const { t } = useTranslation();
  const tranche = (index: number, change: Partial<ProgrammeForm['tranches'][number]>) =>
    set({ tranches: form.tranches.map((row, at) => (at === index ? { ...row, ...change } : row)) });
  return (
    <fieldset>
      <legend>{t('operator.form.money')}</legend>
      <AmountInput
        label={t('operator.form.budget')}
        cents={form.budgetCents}
        onChange={(budgetCents) => set({ budgetCents })}
        error={errors.budgetCents}
      />
      <TextField
        label={t('operator.form.maxShare')}
        hint={t('operator.form.maxShareHint')}
        inputMode="decimal"
        error={errors.maxShareOfCost}
        value={form.maxSharePercent}
        onChange={(maxSharePercent) => set({ maxSharePercent })}
      />
      <h3>{t('operator.form.tranches')}</h3>
      <p className="hint">{t('operator.form.tranchesHint')}</p>
      {errors.tranches && <p className="error">{errors.tranches}</p>}
      {form.tranches.map((row, index) => (
        <fieldset key={index}>
          <legend>{t('operator.form.trancheLegend', { number: index + 1 })}</legend>
          <TextField
            label={t('operator.form.trancheShare')}
            inputMode="numeric"
            error={errors[`tranches.${index}.sharePercent`]}
            value={row.sharePercent}
            onChange={(sharePercent) => tranche(index, { sharePercent })}
          />
          <TextField
            label={t('operator.form.trancheMonths')}
            inputMode="numeric"
            error={errors[`tranches.${index}.monthsAfterSigning`]}
            value={row.monthsAfterSigning}
            onChange={(monthsAfterSigning) => tranche(index, { monthsAfterSigning })}
          />
          <TextField
            label={t('operator.form.trancheCondition')}
            error={errors[`tranches.${index}.condition`]}
            value={row.condition}
            onChange={(condition) => tranche(index, { condition })}
          />
          <button type="button" onClick={() => set({ tranches: form.tranches.filter((_, at) => at !== index) })}>
            {t('operator.form.removeTranche', { number: index + 1 })}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        onClick={() =>
          set({ tranches: [...form.tranches, { sharePercent: '', monthsAfterSigning: '0', condition: '' }] })
        }
      >
        {t('operator.form.addTranche')}
      </button>
    </fieldset>
  );
}
