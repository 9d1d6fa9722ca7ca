import { PASS_REASONS } from '@pollen/contracts/browser';
import type { TFunction } from 'i18next';

import type { Schemas } from '../../api/client';
import { inOrder } from '../../api/in-order';
import { count, percent } from '../../i18n/format';

type Figures = Schemas['MatchingFiguresView'];
type MatchStatus = keyof Schemas['MatchStatusCountsView'];

/** The statuses in the order a match goes through them, then its other ends. */
export const STATUS_ORDER = inOrder<MatchStatus>()([
  'proposed',
  'interested',
  'introduced',
  'passed',
  'declined',
  'retracted',
]);

export interface FigureRow {
  code: string;
  label: string;
  count: string;
  share: string;
}

const shareOf = (part: number, whole: number) => (whole ? percent(part / whole) : '—');

/** Each match status in words with its number and its share of all matches. */
export const statusRows = (t: TFunction, figures: Figures): FigureRow[] =>
  STATUS_ORDER.map((status) => ({
    code: status,
    label: t(`codes.matchStatus.${status}`),
    count: count(figures.byStatus[status]),
    share: shareOf(figures.byStatus[status], figures.matches),
  }));

/** Why investors passed, the most given reason first; empty when none passed. */
export function passReasonRows(t: TFunction, figures: Figures): FigureRow[] {
  const passes = PASS_REASONS.reduce((sum, reason) => sum + figures.passReasons[reason], 0);
  if (!passes) return [];
  return [...PASS_REASONS]
    .sort((a, b) => figures.passReasons[b] - figures.passReasons[a])
    .map((reason) => ({
      code: reason,
      label: t(`codes.passReason.${reason}`),
      count: count(figures.passReasons[reason]),
      share: shareOf(figures.passReasons[reason], passes),
    }));
}

/** « 5 h », or in days past two: how long investors take to answer. */
export function hoursInWords(t: TFunction, hours: number): string {
  if (hours < 48) return t('ops.matching.hours', { value: count(Math.round(hours * 10) / 10) });
  return t('ops.matching.days', { value: count(Math.round(hours / 2.4) / 10) });
}

/** The median time to a first answer, or that there was none yet. */
export const medianInWords = (t: TFunction, figures: Figures): string =>
  figures.medianHoursToFirstResponse === null
    ? t('ops.matching.noMedian')
    : t('ops.matching.median', { duration: hoursInWords(t, figures.medianHoursToFirstResponse) });
