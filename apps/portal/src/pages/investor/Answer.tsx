import { PASS_REASONS, type PassReason } from '@pollen/contracts/browser';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { AmountInput } from '../../ui/AmountInput';
import { Checkbox } from '../../ui/Checkbox';
import { CodeField } from '../../ui/CodeField';
import { Confirm } from '../../ui/Confirm';
import { Field } from '../../ui/Field';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TextField } from '../../ui/TextField';
import { useForm } from '../../ui/use-form';
import { dealFlowItemQuery } from './queries';

type Item = Schemas['DealFlowItemView'];

/** After an answer: the match as the API now has it, and every list showing it read again. */
function useAnswered(matchId: string, onAnswered: (said: string) => void, said: string) {
  const queries = useQueryClient();
  return async (item: Item) => {
    queries.setQueryData(dealFlowItemQuery(matchId).queryKey, item);
    onAnswered(said);
    await queries.invalidateQueries({ queryKey: ['deal-flow', 'list'] });
  };
}

interface AnswerProps {
  item: Item;
  /** Told what to announce once the API took the answer. */
  onAnswered: (said: string) => void;
}

function InterestForm({ item, onAnswered }: AnswerProps) {
  const { t } = useTranslation();
  const answered = useAnswered(item.matchId, onAnswered, t('investor.answer.sent'));
  const [interest, setInterest] = useState<Schemas['ExpressInterestDto']>({ message: '', letterOfIntent: false });
  const form = useForm(async () => {
    const body = { ...interest, message: interest.message.trim() };
    await answered(
      await unwrap(api.POST('/v1/deal-flow/{id}/interest', { params: { path: { id: item.matchId } }, body })),
    );
  });
  return (
    <form onSubmit={form.onSubmit} className="inline-form" noValidate>
      <h3>{t('investor.answer.interested')}</h3>
      <AmountInput
        label={t('investor.answer.amount')}
        cents={interest.amountCents}
        onChange={(amountCents) => setInterest({ ...interest, amountCents })}
        error={form.fields['amountCents']}
      />
      <Field
        label={t('investor.answer.message')}
        hint={t('investor.answer.messageHint')}
        error={form.fields['message']}
      >
        {(props) => (
          <textarea
            {...props}
            required
            rows={5}
            value={interest.message}
            onChange={(event) => setInterest({ ...interest, message: event.target.value })}
          />
        )}
      </Field>
      <Checkbox
        label={t('investor.answer.letterOfIntent')}
        checked={interest.letterOfIntent ?? false}
        onChange={(letterOfIntent) => setInterest({ ...interest, letterOfIntent })}
        error={form.fields['letterOfIntent']}
      />
      <ProblemAlert error={form.error} />
      <button type="submit" className="primary" disabled={form.sending}>
        {t('investor.answer.sendInterest')}
      </button>
    </form>
  );
}

function PassForm({ item, onAnswered }: AnswerProps) {
  const { t } = useTranslation();
  const answered = useAnswered(item.matchId, onAnswered, t('investor.answer.passedNow'));
  const [reason, setReason] = useState<PassReason>();
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const [asking, setAsking] = useState(false);
  const form = useForm(async () => {
    if (!reason) return;
    const body = { reason, ...(comment.trim() ? { comment: comment.trim() } : {}) };
    const path = { params: { path: { id: item.matchId } }, body };
    try {
      await answered(await unwrap(api.POST('/v1/deal-flow/{id}/pass', path)));
    } finally {
      // Answered, or refused: the problem then shows above the button that asked.
      setAsking(false);
    }
  });
  const change =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setAsking(false);
    };
  const ask = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!reason);
    setAsking(Boolean(reason));
  };
  return (
    <form onSubmit={ask} className="inline-form" noValidate>
      <h3>{t('investor.answer.pass')}</h3>
      <CodeField
        label={t('investor.answer.passReason')}
        codes={PASS_REASONS}
        words={(code) => t(`investor.passReason.${code}`)}
        value={reason}
        onChange={change(setReason)}
        error={form.fields['reason'] ?? (missing && !reason ? t('investor.answer.reasonRequired') : undefined)}
      />
      <TextField
        label={t('investor.answer.passComment')}
        value={comment}
        onChange={change(setComment)}
        error={form.fields['comment']}
      />
      <ProblemAlert error={form.error} />
      <button type="submit" disabled={form.sending}>
        {t('investor.answer.pass')}
      </button>
      {asking && (
        <Confirm
          question={t('investor.answer.passConfirm')}
          confirm={t('investor.answer.confirmPass')}
          onConfirm={form.run}
          onCancel={() => setAsking(false)}
          pending={form.sending}
        />
      )}
    </form>
  );
}

/** The investor's answer to a proposed project: interested (with an amount and a word), or pass with a reason. */
export function Answer({ item, onAnswered }: AnswerProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="answer">
      <h2 id="answer">{t('investor.answer.title')}</h2>
      {item.status === 'proposed' && <InterestForm item={item} onAnswered={onAnswered} />}
      <PassForm item={item} onAnswered={onAnswered} />
    </section>
  );
}
