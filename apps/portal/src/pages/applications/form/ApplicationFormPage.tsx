import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';

import { api, type Schemas } from '../../../api/client';
import { ApiError, unwrap } from '../../../api/problem';
import { time } from '../../../i18n/format';
import { fieldErrorInWords } from '../../../ui/field-words';
import { Loaded } from '../../../ui/Loaded';
import { Page } from '../../../ui/Page';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { programmeQuery } from '../../programmes/ProgrammePage';
import { applicationQuery } from '../queries';
import { type DraftValues, emptyDraft, stepOfField, STEPS, valuesOf } from './draft';
import { ConsentStep, OrganisationStep, ProjectStep, RequestStep } from './Steps';
import { type SaveState, useAutosave } from './use-autosave';

const STEP_VIEWS = [OrganisationStep, ProjectStep, RequestStep, ConsentStep];

function SaveStatus({ state, reload }: { state: SaveState; reload: () => void }) {
  const { t } = useTranslation();
  switch (state.kind) {
    case 'idle':
      return <p className="hint">{t('applications.form.startHint')}</p>;
    case 'saving':
      return <p>{t('applications.form.saving')}</p>;
    case 'saved':
      return <p>{t('applications.form.savedAt', { time: time(state.at.toISOString()) })}</p>;
    case 'failed':
      return <ProblemAlert error={state.error} />;
    case 'stale':
      return (
        <div className="alert" role="alert">
          <p>{t('applications.form.stale')}</p>
          <button type="button" className="primary" onClick={reload}>
            {t('applications.form.reload')}
          </button>
        </div>
      );
  }
}

function ApplicationForm({
  programme,
  initial,
}: {
  programme: Schemas['ProgrammeView'];
  initial?: Schemas['ApplicationView'];
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const [values, setValues] = useState<DraftValues>(initial ? valuesOf(initial) : emptyDraft());
  const [step, setStep] = useState(0);
  const [submitError, setSubmitError] = useState<unknown>();
  const [submitting, setSubmitting] = useState(false);
  const { application, state, flush, adopt } = useAutosave(programme.id, values, initial);

  // Once created, the address names the draft, so a reload or a bookmark comes back to it.
  useEffect(() => {
    if (application && !initial)
      window.history.replaceState(window.history.state, '', `/applications/${application.id}/edit`);
  }, [application, initial]);

  const inWords = fieldErrorInWords(t);
  const saveError =
    state.kind === 'failed' && state.error instanceof ApiError ? state.error.fieldMessages(inWords) : {};
  const errors = { ...saveError, ...(submitError instanceof ApiError ? submitError.fieldMessages(inWords) : {}) };

  const reload = async () => {
    if (!application) return;
    const fresh = await unwrap(api.GET('/v1/applications/{id}', { params: { path: { id: application.id } } }));
    adopt(fresh);
    setValues(valuesOf(fresh));
  };

  const submit = async () => {
    setSubmitting(true);
    setSubmitError(undefined);
    try {
      // A save that failed says why where the form shows its state: nothing older is submitted.
      const saved = await flush().catch(() => null);
      if (saved === null) return;
      if (!saved) {
        throw new ApiError({ status: 422, code: 'application.incomplete', detail: t('applications.form.incomplete') });
      }
      await unwrap(api.POST('/v1/applications/{id}/submit', { params: { path: { id: saved.id } } }));
      await queries.invalidateQueries({ queryKey: ['applications'] });
      void navigate(`/applications/${saved.id}`);
    } catch (error) {
      setSubmitError(error);
      const first = error instanceof ApiError ? error.problem.errors?.[0] : undefined;
      if (first) setStep(stepOfField(first.field));
    } finally {
      setSubmitting(false);
    }
  };

  // The step's heading takes the focus when the step changes, so a keyboard or screen-reader user
  // starts from it.
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(step);
  useEffect(() => {
    if (shownStep.current !== step) stepHeading.current?.focus();
    shownStep.current = step;
  }, [step]);

  const StepView = STEP_VIEWS[step];
  const last = step === STEPS.length - 1;
  return (
    <Page title={t('applications.form.title', { programme: programme.title })}>
      <ol className="steps" aria-label={t('applications.form.steps')}>
        {STEPS.map((name, index) => (
          <li key={name} aria-current={index === step ? 'step' : undefined}>
            <button type="button" onClick={() => setStep(index)}>
              {index + 1}. {t(`applications.form.step.${name}`)}
            </button>
          </li>
        ))}
      </ol>
      <form
        className="narrow"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (last) void submit();
          else setStep(step + 1);
        }}
      >
        <h2 ref={stepHeading} tabIndex={-1}>
          {t('applications.form.stepOf', {
            current: step + 1,
            total: STEPS.length,
            name: t(`applications.form.step.${STEPS[step]}`),
          })}
        </h2>
        <StepView values={values} change={setValues} errors={errors} />
        {/* Failures speak up (role alert); a save that went well is only shown. */}
        <div className="save-status">
          <SaveStatus state={state} reload={() => void reload()} />
        </div>
        <ProblemAlert error={submitError} />
        <div className="actions">
          {step > 0 && (
            <button type="button" onClick={() => setStep(step - 1)}>
              {t('applications.form.previous')}
            </button>
          )}
          <button type="submit" className="primary" disabled={submitting || state.kind === 'stale'}>
            {last
              ? submitting
                ? t('applications.form.submitting')
                : t('applications.form.submit')
              : t('applications.form.next')}
          </button>
        </div>
      </form>
    </Page>
  );
}

/** `/programmes/:id/apply`: a new draft for that programme. */
export function NewApplicationPage() {
  const { id = '' } = useParams();
  const programme = useQuery(programmeQuery(id));
  return <Loaded query={programme}>{(programme) => <ApplicationForm programme={programme} />}</Loaded>;
}

/** `/applications/:id/edit`: a saved draft. */
export function EditApplicationPage() {
  const { id = '' } = useParams();
  const application = useQuery(applicationQuery(id));
  const programme = useQuery({
    ...programmeQuery(application.data?.programmeId ?? ''),
    enabled: Boolean(application.data),
  });
  return (
    <Loaded query={application}>
      {(draft) => (
        <Loaded query={programme}>{(programme) => <ApplicationForm programme={programme} initial={draft} />}</Loaded>
      )}
    </Loaded>
  );
}
