import { IMPACT_AREAS, INSTRUMENTS, isValidSiren, LEGAL_FORMS, REGIONS, STAGES } from '@pollen/contracts/browser';
import { useTranslation } from 'react-i18next';

import { Checkbox } from '../../../ui/Checkbox';
import { Field } from '../../../ui/Field';
import { AmountInput } from './AmountInput';
import { Choices, CodeSelect, wholeOf } from './Choices';
import type { DraftValues } from './draft';

export interface StepProps {
  values: DraftValues;
  change: (values: DraftValues) => void;
  /** The API's messages by dotted field path. */
  errors: Record<string, string>;
}

export function OrganisationStep({ values, change, errors }: StepProps) {
  const { t } = useTranslation();
  const organisation = values.organisation;
  const set = (patch: Partial<DraftValues['organisation']>) =>
    change({ ...values, organisation: { ...organisation, ...patch } });
  const siren = organisation.siren ?? '';
  const sirenChecked = siren.length === 9;
  return (
    <>
      <Field label={t('applications.form.organisationName')} error={errors['organisation.name']}>
        {(props) => (
          <input {...props} required value={organisation.name ?? ''} onChange={(e) => set({ name: e.target.value })} />
        )}
      </Field>
      <Field
        label={t('applications.form.siren')}
        hint={t('applications.form.sirenHint')}
        error={
          errors['organisation.siren'] ??
          (sirenChecked && !isValidSiren(siren) ? t('applications.form.sirenInvalid') : undefined)
        }
        valid={sirenChecked && isValidSiren(siren) ? t('applications.form.sirenValid') : undefined}
      >
        {(props) => (
          <input
            {...props}
            required
            inputMode="numeric"
            autoComplete="off"
            maxLength={9}
            value={siren}
            onChange={(e) => set({ siren: e.target.value.replace(/\D/g, '') })}
          />
        )}
      </Field>
      <Field label={t('applications.form.legalForm')} error={errors['organisation.legalForm']}>
        {(props) => (
          <CodeSelect
            {...props}
            codes={LEGAL_FORMS}
            words={(code) => t(`codes.legalForm.${code}`)}
            value={organisation.legalForm}
            onChange={(legalForm) => set({ legalForm })}
          />
        )}
      </Field>
      <Field label={t('applications.form.region')} error={errors['organisation.region']}>
        {(props) => (
          <CodeSelect
            {...props}
            codes={REGIONS}
            words={(code) => t(`codes.region.${code}`)}
            value={organisation.region}
            onChange={(region) => set({ region })}
          />
        )}
      </Field>
      <label className="choice">
        <input
          type="checkbox"
          checked={organisation.essCompany ?? false}
          onChange={(e) => set({ essCompany: e.target.checked })}
        />
        {t('applications.form.essCompany')}
      </label>
      <label className="choice">
        <input
          type="checkbox"
          checked={organisation.esus?.certified ?? false}
          onChange={(e) => set({ esus: e.target.checked ? { certified: true } : undefined })}
        />
        {t('applications.form.esusCertified')}
      </label>
      {organisation.esus?.certified && (
        <Field label={t('applications.form.esusExpiresOn')} error={errors['organisation.esus.expiresOn']}>
          {(props) => (
            <input
              {...props}
              type="date"
              value={organisation.esus?.expiresOn ?? ''}
              onChange={(e) => set({ esus: { certified: true, expiresOn: e.target.value || undefined } })}
            />
          )}
        </Field>
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
      <Field label={t('applications.form.projectTitle')} error={errors['project.title']}>
        {(props) => <input {...props} value={project.title ?? ''} onChange={(e) => set({ title: e.target.value })} />}
      </Field>
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
      <Field label={t('applications.form.stage')} error={errors['project.stage']}>
        {(props) => (
          <CodeSelect
            {...props}
            codes={STAGES}
            words={(code) => t(`codes.stage.${code}`)}
            value={project.stage}
            onChange={(stage) => set({ stage })}
          />
        )}
      </Field>
      <Field label={t('applications.form.beneficiaries')} error={errors['project.beneficiaries']}>
        {(props) => (
          <input
            {...props}
            type="number"
            min={0}
            value={project.beneficiaries ?? ''}
            onChange={(e) => set({ beneficiaries: wholeOf(e.target.value) })}
          />
        )}
      </Field>
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
      <Field label={t('applications.form.instrument')} error={errors['request.instrument']}>
        {(props) => (
          <CodeSelect
            {...props}
            codes={INSTRUMENTS}
            words={(code) => t(`codes.instrument.${code}`)}
            value={request.instrument}
            onChange={(instrument) => set({ instrument })}
          />
        )}
      </Field>
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
      <Field label={t('applications.form.durationMonths')} error={errors['request.durationMonths']}>
        {(props) => (
          <input
            {...props}
            type="number"
            min={1}
            value={request.durationMonths ?? ''}
            onChange={(e) => set({ durationMonths: wholeOf(e.target.value) })}
          />
        )}
      </Field>
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
