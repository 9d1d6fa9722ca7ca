import type { TFunction } from 'i18next';

import type { Schemas } from '../../api/client';
import { count } from '../../i18n/format';

type Line = Schemas['MatchExplanationLineDto'];

/** One row of a match's explanation, as the investor reads it. */
export interface ExplanationRow {
  criterion: string;
  /** « Condition remplie », or the points the criterion gave out of its weight. */
  result: string;
  /** Whether the row tells against the project: a gate it fails, a criterion that gave nothing. */
  against: boolean;
  /** The matcher's own sentence, in the page's language. */
  detail: string;
}

/**
 * A match's explanation criterion by criterion: the gates first (each passed or not), then the
 * criteria that make up the score, each with its points out of its weight.
 */
export function explanationRows(t: TFunction, lines: readonly Line[], language: string): ExplanationRow[] {
  const gates = lines.filter((line) => line.kind === 'gate');
  const criteria = lines.filter((line) => line.kind === 'criterion');
  return [...gates, ...criteria].map((line) => {
    const criterion = t(`investor.explanation.criterion.${line.criterion}`);
    const detail = language === 'en' ? line.message.en : line.message.fr;
    if (line.kind === 'gate') {
      const passed = line.passed ?? false;
      return {
        criterion,
        result: passed ? t('investor.explanation.gatePassed') : t('investor.explanation.gateFailed'),
        against: !passed,
        detail,
      };
    }
    const contribution = line.contribution ?? 0;
    return {
      criterion,
      result: t('investor.explanation.points', {
        contribution: count(contribution),
        weight: count(line.weight ?? 0),
      }),
      against: contribution === 0,
      detail,
    };
  });
}
