import { TERMS_OF_INSTRUMENT } from '@pollen/contracts/browser';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { money } from '../../i18n/format';
import { AmountInput } from '../../ui/AmountInput';
import { CodeField } from '../../ui/CodeField';
import { Confirm } from '../../ui/Confirm';
import { Field } from '../../ui/Field';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { Radios } from '../../ui/Radios';
import { TextField } from '../../ui/TextField';
import { useForm } from '../../ui/use-form';
import { applicationQuery } from '../applications/queries';
import { programmeQuery } from '../programmes/ProgrammePage';
import { decisionBody, type DecisionForm as Form, EMPTY_DECISION, instrumentOf } from './decision-form';

type Application = Schemas['ApplicationView'];

/**
 * The committee's decision: fund (from the programme's budget, whose remainder is shown, or by an
 * investor met through an accepted introduction) or decline, with the written reason. It is final:
 * asked for, then confirmed.
 */
export function DecisionForm({
  application,
  programme,
}: {
  application: Application;
  programme: Schemas['ProgrammeView'];
}) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [form, setForm] = useState<Form>(EMPTY_DECISION);
  const [confirming, setConfirming] = useState(false);
  const [unchosen, setUnchosen] = useState(false);
  const matches = useQuery({
    queryKey: ['applications', application.id, 'matches'],
    queryFn: () => unwrap(api.GET('/v1/applications/{id}/matches', { params: { path: { id: application.id } } })),
  });
  const introduced = (matches.data?.items ?? []).filter((match) => match.status === 'introduced');
  const instrument = instrumentOf(form, programme.kind, application.request.instrument);
  const set = (change: Partial<Form>) => {
    setConfirming(false);
    setForm((current) => ({ ...current, ...change }));
  };
  const ask = (event: FormEvent) => {
    event.preventDefault();
    const body = decisionBody(form, instrument);
    setUnchosen(!body);
    setConfirming(Boolean(body));
  };
  const send = useForm(async () => {
    const body = decisionBody(form, instrument);
    if (!body) return;
    const path = { params: { path: { id: application.id } }, body };
    try {
      queries.setQueryData(
        applicationQuery(application.id).queryKey,
        await unwrap(api.POST('/v1/applications/{id}/decision', path)),
      );
    } finally {
      // Recorded, or refused: the problem then shows above the button that asked.
      setConfirming(false);
    }
    // The programme's remainder, on its page and in the operator's list.
    await queries.invalidateQueries({ queryKey: programmeQuery(programme.id).queryKey });
    await queries.invalidateQueries({ queryKey: ['programmes'] });
    await queries.invalidateQueries({ queryKey: ['applications'] });
  });
  const funded = form.decision === 'funded';
  return (
    <form onSubmit={ask} noValidate className="narrow">
      <Radios
        legend={t('operator.decision.decision')}
        codes={['funded', 'declined'] as const}
        words={(code) => t(`operator.decision.${code}`)}
        value={form.decision}
        onChange={(decision) => set({ decision })}
        error={unchosen ? t('operator.decision.choose') : send.fields.decision}
      />
      <Field label={t('operator.decision.reason')} hint={t('operator.decision.reasonHint')} error={send.fields.reason}>
        {(props) => (
          <textarea {...props} rows={4} value={form.reason} onChange={(e) => set({ reason: e.target.value })} />
        )}
      </Field>
      {funded && (
        <>
          {introduced.length ? (
            <Radios
              legend={t('operator.decision.fundedBy')}
              codes={['programme', 'investor'] as const}
              words={(code) =>
                t(code === 'programme' ? 'operator.decision.byProgramme' : 'operator.decision.byInvestor')
              }
              value={form.fundedBy}
              onChange={(fundedBy) => set({ fundedBy })}
              error={send.fields.fundedBy}
            />
          ) : matches.isError ? (
            // Whether an investor could fund it is unknown: say why rather than "no introduction".
            <ProblemAlert error={matches.error} />
          ) : (
            <p className="hint">{t('operator.decision.noIntroduction')}</p>
          )}
          {form.fundedBy === 'investor' && (
            <CodeField
              label={t('operator.decision.match')}
              codes={introduced.map((match) => match.matchId)}
              words={(id) => introduced.find((match) => match.matchId === id)?.investor.organisationName ?? id}
              value={form.matchId}
              onChange={(matchId) => set({ matchId })}
              error={send.fields.matchId}
            />
          )}
          {form.fundedBy === 'programme' && programme.remainingCents !== undefined && (
            <p>{t('operator.decision.remaining', { amount: money(programme.remainingCents) })}</p>
          )}
          <AmountInput
            label={t('operator.decision.amount')}
            hint={
              application.request.amountCents !== undefined
                ? t('operator.decision.amountHint', { amount: money(application.request.amountCents) })
                : undefined
            }
            cents={form.amountCents}
            onChange={(amountCents) => set({ amountCents })}
            error={send.fields.amountCents}
          />
          {TERMS_OF_INSTRUMENT[instrument].length > 0 && (
            <fieldset>
              <legend>{t('operator.decision.terms', { instrument: t(`codes.instrument.${instrument}`) })}</legend>
              {TERMS_OF_INSTRUMENT[instrument].map((term) => (
                <TextField
                  key={term}
                  label={t(`operator.decision.term.${term}`)}
                  inputMode="decimal"
                  error={send.fields[`terms.${term}`]}
                  value={form.terms[term] ?? ''}
                  onChange={(value) => set({ terms: { ...form.terms, [term]: value } })}
                />
              ))}
            </fieldset>
          )}
        </>
      )}
      <ProblemAlert error={send.error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={send.sending}>
          {t('operator.decision.submit')}
        </button>
      </div>
      {confirming && form.decision && (
        <Confirm
          question={t('operator.decision.confirm', { decision: t(`operator.decision.${form.decision}`) })}
          confirm={t('operator.decision.confirmSubmit')}
          onConfirm={send.run}
          onCancel={() => setConfirming(false)}
          pending={send.sending}
        />
      )}
    </form>
  );
}
