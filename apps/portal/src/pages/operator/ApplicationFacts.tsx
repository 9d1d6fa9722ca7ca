import { useTranslation } from 'react-i18next';

import type { Schemas } from '../../api/client';
import { count, day, list, money, percent } from '../../i18n/format';
import { type Fact, Facts } from '../../ui/Facts';

type Application = Schemas['ApplicationView'];
type FactKey =
  | 'name'
  | 'siren'
  | 'legalForm'
  | 'region'
  | 'essCompany'
  | 'esus'
  | 'projectTitle'
  | 'summary'
  | 'impactAreas'
  | 'stage'
  | 'beneficiaries'
  | 'totalCost'
  | 'amount'
  | 'instrument'
  | 'purpose'
  | 'duration'
  | 'consent';

/** What the applicant declared, field by field, every code in words. */
export function ApplicationFacts({ application }: { application: Application }) {
  const { t } = useTranslation();
  const { organisation, project, request } = application;
  const none = t('operator.application.none');
  const yesNo = (value: boolean | undefined) =>
    value === undefined ? none : t(value ? 'operator.application.yes' : 'operator.application.no');
  const facts = (entries: [FactKey, Fact['value'] | undefined][]) =>
    entries.map(([key, value]) => ({ label: t(`operator.application.${key}`), value: value ?? none }));
  const esus = organisation.esus?.certified
    ? organisation.esus.expiresOn
      ? t('operator.application.esusUntil', { date: day(organisation.esus.expiresOn) })
      : t('operator.application.yes')
    : yesNo(organisation.esus?.certified);
  const share =
    request.amountCents !== undefined && project.totalCostCents
      ? t('operator.application.shareOfCost', { share: percent(request.amountCents / project.totalCostCents) })
      : undefined;
  return (
    <>
      <section aria-labelledby="organisation">
        <h2 id="organisation">{t('operator.application.organisation')}</h2>
        <Facts
          facts={facts([
            ['name', organisation.name],
            ['siren', organisation.siren],
            ['legalForm', organisation.legalForm && t(`codes.legalForm.${organisation.legalForm}`)],
            ['region', organisation.region && t(`codes.region.${organisation.region}`)],
            ['essCompany', yesNo(organisation.essCompany)],
            ['esus', esus],
          ])}
        />
      </section>
      <section aria-labelledby="project">
        <h2 id="project">{t('operator.application.project')}</h2>
        <Facts
          facts={facts([
            ['projectTitle', project.title],
            ['summary', project.summary],
            [
              'impactAreas',
              project.impactAreas?.length
                ? list(project.impactAreas.map((code) => t(`codes.impactArea.${code}`)))
                : undefined,
            ],
            ['stage', project.stage && t(`codes.stage.${project.stage}`)],
            ['beneficiaries', project.beneficiaries !== undefined ? count(project.beneficiaries) : undefined],
            ['totalCost', project.totalCostCents !== undefined ? money(project.totalCostCents) : undefined],
          ])}
        />
      </section>
      <section aria-labelledby="request">
        <h2 id="request">{t('operator.application.request')}</h2>
        <Facts
          facts={facts([
            [
              'amount',
              request.amountCents !== undefined
                ? [money(request.amountCents), share].filter(Boolean).join(' · ')
                : undefined,
            ],
            ['instrument', request.instrument && t(`codes.instrument.${request.instrument}`)],
            ['purpose', request.purpose],
            [
              'duration',
              request.durationMonths !== undefined
                ? t('operator.application.months', { count: request.durationMonths })
                : undefined,
            ],
            ['consent', yesNo(application.consents.shareWithInvestors)],
          ])}
        />
      </section>
    </>
  );
}
