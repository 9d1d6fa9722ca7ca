import type { TFunction } from 'i18next';

import type { Schemas } from '../../api/client';
import { day, list, money, percent } from '../../i18n/format';

type Reason = Schemas['EligibilityReason'];

/**
 * Why an application fails a rule, as a sentence in the page's language with every code as words
 * (the API's own message names codes: « sas », FR-BRE).
 */
export function reasonInWords(t: TFunction, reason: Reason): string {
  const none = t('applications.reason.none');
  switch (reason.code) {
    case 'legal-form-not-accepted':
      return t('applications.reason.legalForm', {
        actual: reason.actual ? t(`codes.legalForm.${reason.actual}`) : none,
        expected: list(reason.expected.map((code) => t(`codes.legalForm.${code}`))),
      });
    case 'region-not-covered':
      return t('applications.reason.region', {
        actual: reason.actual ? t(`codes.region.${reason.actual}`) : none,
        expected: list(reason.expected.map((code) => t(`codes.region.${code}`))),
      });
    case 'no-shared-impact-area':
      return t('applications.reason.impactAreas', {
        expected: list(reason.expected.map((code) => t(`codes.impactArea.${code}`))),
      });
    case 'stage-not-accepted':
      return t('applications.reason.stage', {
        actual: reason.actual ? t(`codes.stage.${reason.actual}`) : none,
        expected: list(reason.expected.map((code) => t(`codes.stage.${code}`))),
      });
    case 'instrument-mismatch':
      return t('applications.reason.instrument', {
        actual: reason.actual ? t(`codes.instrument.${reason.actual}`) : none,
        expected: t(`codes.instrument.${reason.expected}`),
      });
    case 'amount-below-minimum':
      return t('applications.reason.amountBelow', {
        actual: money(reason.actual),
        min: money(reason.expected.minAmountCents ?? 0),
      });
    case 'amount-above-maximum':
      return t('applications.reason.amountAbove', {
        actual: money(reason.actual),
        max: money(reason.expected.maxAmountCents ?? 0),
      });
    case 'esus-required':
      return t('applications.reason.esusRequired');
    case 'esus-expired':
      return t('applications.reason.esusExpired', { date: day(reason.expected.validOn) });
    case 'share-of-cost-exceeded':
      return t('applications.reason.shareOfCost', {
        share: percent(reason.actual.share),
        max: percent(reason.expected.maxShareOfCost),
        amount: money(reason.expected.maxAmountCents),
      });
    case 'total-cost-missing':
      return t('applications.reason.totalCostMissing', { max: percent(reason.expected.maxShareOfCost) });
  }
}
