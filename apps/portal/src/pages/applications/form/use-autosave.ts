import { useCallback, useEffect, useRef, useState } from 'react';

import { api, type Schemas } from '../../../api/client';
import { ApiError, unwrap } from '../../../api/problem';
import { creatable, draftOf, type DraftValues, patchOf } from './draft';

type Creatable = Parameters<typeof draftOf>[1];

type Application = Schemas['ApplicationView'];
export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; error: unknown }
  /** Someone else changed the draft: nothing more is saved until the page reloads it (412). */
  | { kind: 'stale' };

const QUIET_MS = 700;

/**
 * Saves the draft a moment after each change: created with POST once it can be, then a merge patch
 * with `If-Match`, one request at a time so each carries the version the last one returned.
 */
export function useAutosave(programmeId: string, values: DraftValues, initial?: Application) {
  const [application, setApplication] = useState(initial);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const latest = useRef({ values, application, stale: false });
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const first = useRef(true);
  /** Changes not sent yet: saved before the page goes, and the browser asked to wait for them. */
  const dirty = useRef(false);

  /** Saves the draft as it is now; throws what went wrong (also shown as the state). */
  const saveNow = useCallback(async () => {
    const { values, application, stale } = latest.current;
    if (stale) throw new ApiError({ status: 412, code: 'application.changed-concurrently' });
    if (!application && !creatable(values)) return application;
    dirty.current = false;
    setState({ kind: 'saving' });
    try {
      const saved = application
        ? await unwrap(
            api.PATCH('/v1/applications/{id}', {
              params: { path: { id: application.id }, header: { 'If-Match': `"${application.version}"` } },
              body: patchOf(values, application),
            }),
          )
        : await unwrap(api.POST('/v1/applications', { body: draftOf(programmeId, values as Creatable) }));
      latest.current.application = saved;
      setApplication(saved);
      setState({ kind: 'saved', at: new Date() });
      return saved;
    } catch (error) {
      dirty.current = true;
      const stale = error instanceof ApiError && error.status === 412;
      latest.current.stale = stale;
      setState(stale ? { kind: 'stale' } : { kind: 'failed', error });
      throw error;
    }
  }, [programmeId]);

  /** Saves what is pending now, after any save under way: the draft as saved, or what went wrong. */
  const flush = useCallback((): Promise<Application | undefined> => {
    clearTimeout(timer.current);
    const saved = chain.current.then(saveNow);
    chain.current = saved.catch(() => undefined);
    return saved;
  }, [saveNow]);

  useEffect(() => {
    latest.current.values = values;
  }, [values]);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    dirty.current = true;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => flush().catch(() => undefined), QUIET_MS);
    return () => clearTimeout(timer.current);
  }, [values, flush]);

  // Leaving the page (a link, logging out) saves what was typed in the last moment; closing the
  // tab meanwhile asks first.
  useEffect(() => {
    const holdOn = (event: BeforeUnloadEvent) => {
      if (dirty.current) event.preventDefault();
    };
    window.addEventListener('beforeunload', holdOn);
    return () => {
      window.removeEventListener('beforeunload', holdOn);
      if (dirty.current) flush().catch(() => undefined);
    };
  }, [flush]);

  /** After a 412: the draft as stored now, to edit from. */
  const adopt = useCallback((fresh: Application) => {
    latest.current = { values: latest.current.values, application: fresh, stale: false };
    setApplication(fresh);
    setState({ kind: 'idle' });
  }, []);

  return { application, state, flush, adopt };
}
