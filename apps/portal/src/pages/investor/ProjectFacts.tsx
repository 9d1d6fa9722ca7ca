import { useTranslation } from 'react-i18next';

import type { Schemas } from '../../api/client';
import { day, list, money } from '../../i18n/format';

/** What the investor is shown of a project: no person, no SIREN until the introduction. */
export function ProjectFacts({ item }: { item: Schemas['DealFlowItemView'] }) {
  const { t } = useTranslation();
  const { organisation, project, request } = item.project;
  return (
    <>
      <p className="meta">
        <span className={`tag tag--${item.status}`}>{t(`codes.matchStatus.${item.status}`)}</span>{' '}
        <strong>{t('investor.dealFlow.score', { score: item.score })}</strong> ·{' '}
        {t('investor.dealFlow.proposedAt', { date: day(item.proposedAt) })}
      </p>
      <p>
        {t('investor.dealFlow.organisation', {
          name: organisation.name,
          legalForm: t(`codes.legalForm.${organisation.legalForm}`),
          region: t(`codes.region.${organisation.region}`),
        })}
        {organisation.esus && <> · {t('investor.dealFlow.esus')}</>}
      </p>
      <p>
        {t('investor.dealFlow.request', {
          amount: money(request.amountCents),
          instrument: t(`codes.instrument.${request.instrument}`),
        })}
        {project.stage && <> · {t('investor.dealFlow.stage', { stage: t(`codes.stage.${project.stage}`) })}</>}
      </p>
      {project.impactAreas.length > 0 && (
        <p>
          {t('investor.dealFlow.impactAreas', {
            list: list(project.impactAreas.map((code) => t(`codes.impactArea.${code}`))),
          })}
        </p>
      )}
      {project.summary && <p>{project.summary}</p>}
    </>
  );
}
