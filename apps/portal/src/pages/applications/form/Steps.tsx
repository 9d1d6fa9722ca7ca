import { IMPACT_AREAS, INSTRUMENTS, isValidSiren, LEGAL_FORMS, REGIONS, STAGES } from '@pollen/contracts/browser';
import { useTranslation } from 'react-i18next';

import { wholeOf } from '../../../ui/amount';
import { AmountInput } from '../../../ui/AmountInput';
import { Checkbox } from '../../../ui/Checkbox';
import { Choices } from '../../../ui/Choices';
import { CodeField } from '../../../ui/CodeField';
import { Field } from '../../../ui/Field';
import { TextField } from '../../../ui/TextField';
import type { DraftValues } from './draft';

export interface StepProps {
  values: DraftValues;
  change: (values: DraftValues) => void;
  /** The API's messages by dotted field path. */
  errors: Record<string, string>;
}

const numberText = (value: number | undefined | null) => (value == null ? '' : String(value));

export function OrganisationStep({ values, change, errors }: StepProps) {
  const { t } = useTranslation();
  const organisation = values.organisation;
  const set = (patch: Partial<DraftValues['organisation']>) =>
    change({ ...values, organisation: { ...organisation, ...patch } });
  const siren = organisation.siren ?? '';
  // The check digit is checked once the nine digits are there, as they are typed.
  const sirenChecked = siren.length === 9;
  return (
    <>
      <TextField
        label={t('applications.form.organisationName')}
        error={errors['organisation.name']}
        required
        value={organisation.name}
        onChange={(name) => set({ name })}
      />
      <TextField
        label={t('applications.form.siren')}
        hint={t('applications.form.sirenHint')}
        error={
          errors['organisation.siren'] ??
          (sirenChecked && !isValidSiren(siren) ? t('applications.form.sirenInvalid') : undefined)
        }
        valid={sirenChecked && isValidSiren(siren) ? t('applications.form.sirenValid') : undefined}
        required
        inputMode="numeric"
        autoComplete="off"
        maxLength={9}
        value={siren}
        onChange={(typed) => set({ siren: typed.replace(/\D/g, '') })}
      />
      <CodeField
        label={t('applications.form.legalForm')}
        error={errors['organisation.legalForm']}
        codes={LEGAL_FORMS}
        words={(code) => t(`codes.legalForm.${code}`)}
        value={organisation.legalForm}
        onChange={(legalForm) => set({ legalForm })}
      />
      <CodeField
        label={t('applications.form.region')}
        error={errors['organisation.region']}
        codes={REGIONS}
        words={(code) => t(`codes.region.${code}`)}
        value={organisation.region}
        onChange={(region) => set({ region })}
      />
      <Checkbox
        label={t('applications.form.essCompany')}
        checked={organisation.essCompany ?? false}
        onChange={(essCompany) => set({ essCompany })}
        error={errors['organisation.essCompany']}
      />
      <Checkbox
        label={t('applications.form.esusCertified')}
        checked={organisation.esus?.certified ?? false}
        onChange={(certified) => set({ esus: certified ? { certified } : undefined })}
        error={errors['organisation.esus']}
      />
      {organisation.esus?.certified && (
        <TextField
          label={t('applications.form.esusExpiresOn')}
          error={errors['organisation.esus.expiresOn']}
          type="date"
          value={organisation.esus.expiresOn}
          onChange={(expiresOn) => set({ esus: { certified: true, expiresOn: expiresOn || undefined } })}
        />
      )}
    </>
  );
}

export function ProjectStep({ values, change, errors }: StepProps) {
  const { t } = useTranslation();
  const project = values.project;
  const set = (patch: Partial<DraftValues['project']>) => change({ ...values, project: { ...project, ...patch } });
  return (
    <>
      <TextField
        label={t('applications.form.projectTitle')}
        error={errors['project.title']}
        value={project.title}
        onChange={(title) => set({ title })}
      />
      <Field
        label={t('applications.form.summary')}
        hint={t('applications.form.summaryHint')}
        error={errors['project.summary']}
      >
        {(props) => (
          <textarea
            {...props}
            rows={5}
            value={project.summary ?? ''}
            onChange={(e) => set({ summary: e.target.value })}
          />
        )}
      </Field>
      <Choices
        legend={t('applications.form.impactAreas')}
        codes={IMPACT_AREAS}
        words={(code) => t(`codes.impactArea.${code}`)}
        chosen={project.impactAreas}
        onChange={(impactAreas) => set({ impactAreas })}
        error={errors['project.impactAreas']}
      />
      <CodeField
        label={t('applications.form.stage')}
        error={errors['project.stage']}
        codes={STAGES}
        words={(code) => t(`codes.stage.${code}`)}
        value={project.stage}
        onChange={(stage) => set({ stage })}
      />
      <TextField
        label={t('applications.form.beneficiaries')}
        error={errors['project.beneficiaries']}
        type="number"
        min={0}
        value={numberText(project.beneficiaries)}
        onChange={(typed) => set({ beneficiaries: wholeOf(typed) })}
      />
      <AmountInput
        label={t('applications.form.totalCost')}
        cents={project.totalCostCents}
        onChange={(totalCostCents) => set({ totalCostCents })}
        error={errors['project.totalCostCents']}
      />
    </>
  );
}

export function RequestStep({ values, change, errors }: StepProps) {
  const { t } = useTranslation();
  const request = values.request;
  const set = (patch: Partial<DraftValues['request']>) => change({ ...values, request: { ...request, ...patch } });
  return (
    <>
      <AmountInput
        label={t('applications.form.amount')}
        cents={request.amountCents}
        onChange={(amountCents) => set({ amountCents })}
        error={errors['request.amountCents']}
      />
      <CodeField
        label={t('applications.form.instrument')}
        error={errors['request.instrument']}
        codes={INSTRUMENTS}
        words={(code) => t(`codes.instrument.${code}`)}
        value={request.instrument}
        onChange={(instrument) => set({ instrument })}
      />
      <Field label={t('applications.form.purpose')} error={errors['request.purpose']}>
        {(props) => (
          <textarea
            {...props}
            rows={3}
            value={request.purpose ?? ''}
            onChange={(e) => set({ purpose: e.target.value })}
          />
        )}
      </Field>
      <TextField
        label={t('applications.form.durationMonths')}
        error={errors['request.durationMonths']}
        type="number"
        min={1}
        value={numberText(request.durationMonths)}
        onChange={(typed) => set({ durationMonths: wholeOf(typed) })}
      />
    </>
  );
}

export function ConsentStep({ values, change, errors }: StepProps) {
  const { t } = useTranslation();
  return (
    <>
      <p>{t('applications.form.consentNotice')}</p>
      <Checkbox
        label={t('applications.form.shareWithInvestors')}
        checked={values.shareWithInvestors}
        onChange={(shareWithInvestors) => change({ ...values, shareWithInvestors })}
        error={errors['consents']}
      />
    </>
  );
}
