import { lea } from '../../../test/fakes/auth-kit';
import { personalDataKit } from '../../../test/fakes/personal-data-kit';
import { EXPORT_KEPT_MS, newExportJob } from '../../domain/export';
import { ResumeExports, RUN_STALE_AFTER_MS } from './resume-exports.usecase';

describe('ResumeExports', () => {
  it('takes over a run a restart interrupted, once across replicas, and leaves a running one alone', async () => {
    const kit = personalDataKit();
    const view = await kit.register.execute(lea);
    const now = new Date();
    const interrupted = newExportJob(
      'interrupted',
      view.id,
      'applicant',
      new Date(now.getTime() - RUN_STALE_AFTER_MS - 1),
    );
    const running = newExportJob('running', view.id, 'applicant', new Date(now.getTime() - 1000));
    await kit.exports.insert(interrupted);
    await kit.exports.insert(running);
    await kit.exports.claimAttempt('interrupted', 1, interrupted.attemptStartedAt);
    const otherReplica = new ResumeExports(kit.exports, kit.run);

    await Promise.all([kit.resumeExports.execute(now), otherReplica.execute(now)]);

    expect(kit.exports.jobs.get('interrupted')).toMatchObject({ status: 'ready', attempt: 2 });
    expect(kit.exports.jobs.get('running')).toMatchObject({ status: 'pending', attempt: 1 });
    // One replica ran it: each service was asked once.
    expect(kit.sources.asked.filter(({ type }) => type === 'applications.export-personal-data')).toHaveLength(1);
  });

  it('gives up a job interrupted again and again, and deletes expired exports', async () => {
    const kit = personalDataKit();
    const now = new Date();
    const stale = new Date(now.getTime() - RUN_STALE_AFTER_MS - 1);
    await kit.exports.insert({ ...newExportJob('unlucky', 'lea-1', 'applicant', stale), attempt: 3 });
    await kit.exports.insert(newExportJob('old', 'lea-1', 'applicant', new Date(now.getTime() - EXPORT_KEPT_MS - 1)));

    await kit.resumeExports.execute(now);

    expect(kit.exports.jobs.get('unlucky')).toMatchObject({ status: 'failed', error: 'interrupted 3 times' });
    expect(kit.exports.jobs.has('old')).toBe(false);
    expect(kit.sources.asked).toEqual([]);
  });
});
