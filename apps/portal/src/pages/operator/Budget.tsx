import { useTranslation } from 'react-i18next';

import type { Schemas } from '../../api/client';
import { money } from '../../i18n/format';
import { Facts } from '../../ui/Facts';

/** The envelope and its use, as operators see it. */
export function Budget({ programme }: { programme: Schemas['ProgrammeView'] }) {
  const { t } = useTranslation();
  const amount = (cents: number | undefined) => (cents === undefined ? '—' : money(cents));
  return (
    <section aria-labelledby="budget">
      <h2 id="budget">{t('operator.programme.budget.title')}</h2>
      <Facts
        facts={[
          { label: t('operator.programme.budget.total'), value: money(programme.budgetCents) },
          { label: t('operator.programme.budget.committed'), value: amount(programme.committedCents) },
          { label: t('operator.programme.budget.held'), value: amount(programme.heldCents) },
          {
            label: t('operator.programme.budget.remaining'),
            value: <strong>{amount(programme.remainingCents)}</strong>,
          },
        ]}
      />
    </section>
  );
}
