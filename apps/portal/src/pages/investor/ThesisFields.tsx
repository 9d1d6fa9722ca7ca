import {
  ENGAGEMENT_DIMENSIONS,
  IMPACT_AREAS,
  INSTRUMENTS,
  LEGAL_FORMS,
  REGIONS,
  STAGES,
} from '@pollen/contracts/browser';
import { useTranslation } from 'react-i18next';

import { AmountInput } from '../../ui/AmountInput';
import { Checkbox } from '../../ui/Checkbox';
import { Choices } from '../../ui/Choices';
import { type ProfileValues, ticketInverted } from './profile';

type Thesis = ProfileValues['thesis'];

/** The thesis: what the investor funds, each list a group of checkboxes, the ticket a range of euros. */
export function ThesisFields({
  thesis,
  change,
  errors,
}: {
  thesis: Thesis;
  change: (thesis: Thesis) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<Thesis>) => change({ ...thesis, ...patch });
  return (
    <fieldset>
      <legend>{t('investor.profile.thesis')}</legend>
      <p className="hint">{t('investor.profile.thesisHint')}</p>
      <Choices
        legend={t('investor.profile.instruments')}
        codes={INSTRUMENTS}
        words={(code) => t(`codes.instrument.${code}`)}
        chosen={thesis.instruments}
        onChange={(instruments) => set({ instruments })}
        error={errors['thesis.instruments']}
      />
      <fieldset className="choices">
        <legend>{t('investor.profile.ticket')}</legend>
        <AmountInput
          label={t('investor.profile.ticketMin')}
          cents={thesis.ticketMinCents}
          onChange={(ticketMinCents) => set({ ticketMinCents })}
          error={errors['thesis.ticketMinCents']}
        />
        <AmountInput
          label={t('investor.profile.ticketMax')}
          cents={thesis.ticketMaxCents}
          onChange={(ticketMaxCents) => set({ ticketMaxCents })}
          error={
            errors['thesis.ticketMaxCents'] ??
            (ticketInverted(thesis) ? t('investor.profile.ticketInverted') : undefined)
          }
        />
      </fieldset>
      <Choices
        legend={t('investor.profile.stages')}
        codes={STAGES}
        words={(code) => t(`codes.stage.${code}`)}
        chosen={thesis.stages}
        onChange={(stages) => set({ stages })}
        error={errors['thesis.stages']}
      />
      <Choices
        legend={t('investor.profile.legalForms')}
        codes={LEGAL_FORMS}
        words={(code) => t(`codes.legalForm.${code}`)}
        chosen={thesis.legalForms}
        onChange={(legalForms) => set({ legalForms })}
        error={errors['thesis.legalForms']}
      />
      <Checkbox
        label={t('investor.profile.esusRequired')}
        checked={thesis.esusRequired}
        onChange={(esusRequired) => set({ esusRequired })}
        error={errors['thesis.esusRequired']}
      />
      <Choices
        legend={t('investor.profile.regions')}
        codes={REGIONS}
        words={(code) => t(`codes.region.${code}`)}
        chosen={thesis.regions}
        onChange={(regions) => set({ regions })}
        error={errors['thesis.regions']}
      />
      <Choices
        legend={t('investor.profile.impactAreas')}
        codes={IMPACT_AREAS}
        words={(code) => t(`codes.impactArea.${code}`)}
        chosen={thesis.impactAreas}
        onChange={(impactAreas) => set({ impactAreas })}
        error={errors['thesis.impactAreas']}
      />
      <Choices
        legend={t('investor.profile.engagementDimensions')}
        codes={ENGAGEMENT_DIMENSIONS}
        words={(code) => t(`codes.engagementDimension.${code}`)}
        chosen={thesis.engagementDimensions}
        onChange={(engagementDimensions) => set({ engagementDimensions })}
        error={errors['thesis.engagementDimensions']}
      />
    </fieldset>
  );
}
