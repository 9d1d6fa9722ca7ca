import { INVESTOR_STATUSES, type InvestorStatus, type VettingAction } from '@pollen/contracts/browser';
import type { TFunction } from 'i18next';

import type { Schemas } from '../../api/client';
import { count, list, money } from '../../i18n/format';

/** Rejecting and suspending tell the investor why, and are confirmed first. */
export const needsReason = (action: VettingAction): action is 'reject' | 'suspend' =>
  action === 'reject' || action === 'suspend';

/** The status tab the address asks for; pending when it asks for none or for something else. */
export const statusOf = (asked: string | null): InvestorStatus =>
  INVESTOR_STATUSES.find((status) => status === asked) ?? 'pending';

/** An investor's thesis as labelled lines, codes in words; an empty criterion reads « Indifférent ». */
export function thesisInWords(
  t: TFunction,
  thesis: Schemas['InvestmentThesisDto'],
): { label: string; value: string }[] {
  const words = <T>(codes: readonly T[] | undefined, say: (code: T) => string) =>
    codes?.length ? list(codes.map(say)) : t('ops.thesis.any');
  return [
    {
      label: t('ops.thesis.instruments'),
      value: words(thesis.instruments, (code) => t(`codes.instrument.${code}`)),
    },
    {
      label: t('ops.thesis.ticket'),
      value: t('ops.thesis.ticketValue', { min: money(thesis.ticketMinCents), max: money(thesis.ticketMaxCents) }),
    },
    { label: t('ops.thesis.regions'), value: words(thesis.regions, (code) => t(`codes.region.${code}`)) },
    {
      label: t('ops.thesis.legalForms'),
      value: words(thesis.legalForms, (code) => t(`codes.legalForm.${code}`)),
    },
    { label: t('ops.thesis.stages'), value: words(thesis.stages, (code) => t(`codes.stage.${code}`)) },
    {
      label: t('ops.thesis.impactAreas'),
      value: words(thesis.impactAreas, (code) => t(`codes.impactArea.${code}`)),
    },
    {
      label: t('ops.thesis.engagementDimensions'),
      value: words(thesis.engagementDimensions, (code) => t(`codes.engagementDimension.${code}`)),
    },
    {
      label: t('ops.thesis.sdgs'),
      value: words(thesis.sdgs, (number) => t('ops.thesis.sdg', { number: count(number) })),
    },
    {
      label: t('ops.thesis.esus'),
      value: thesis.esusRequired ? t('ops.thesis.esusRequired') : t('ops.thesis.esusNotRequired'),
    },
  ];
}
