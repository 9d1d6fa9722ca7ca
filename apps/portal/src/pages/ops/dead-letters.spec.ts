import i18n from '../../i18n';
import { reasonInWords, replayable, replayOutcome } from './dead-letters';

describe('a dead letter’s replay', () => {
  afterEach(() => i18n.changeLanguage('fr'));

  it('is offered for an open event, or one whose replay failed', () => {
    expect(replayable({ kind: 'event', key: 'app-1', state: 'open' })).toBe(true);
    expect(replayable({ kind: 'event', key: 'app-1', state: 'replay-failed' })).toBe(true);
  });

  it('is not offered for a request, an outbox report, an event without key, or one replayed or erased', () => {
    expect(replayable({ kind: 'request', key: 'app-1', state: 'open' })).toBe(false);
    expect(replayable({ kind: 'outbox', key: 'app-1', state: 'open' })).toBe(false);
    expect(replayable({ kind: 'event', key: null, state: 'open' })).toBe(false);
    expect(replayable({ kind: 'event', key: 'app-1', state: 'replaying' })).toBe(false);
    expect(replayable({ kind: 'event', key: 'app-1', state: 'replayed' })).toBe(false);
    expect(replayable({ kind: 'event', key: 'app-1', state: 'expired' })).toBe(false);
  });

  it('says what the last replay came to', () => {
    const requested = { requestedAt: '2026-12-04T08:00:00Z', requestedBy: 'op' };
    expect(replayOutcome(i18n.t, { replays: [] })).toBeUndefined();
    expect(replayOutcome(i18n.t, { replays: [requested] })).toBe('Rejeu demandé : en attente du résultat…');
    expect(replayOutcome(i18n.t, { replays: [{ ...requested, outcome: 'applied' }] })).toBe(
      'Rejeu réussi : le message a été traité.',
    );
    expect(
      replayOutcome(i18n.t, {
        replays: [
          { ...requested, outcome: 'applied' },
          { ...requested, outcome: 'failed', error: 'Mongo is down' },
        ],
      }),
    ).toBe('Le rejeu a échoué : Mongo is down');
  });

  it('names the known reasons and leaves others as they are', async () => {
    expect(reasonInWords(i18n.t, 'retries-exhausted')).toBe('Échecs répétés');
    expect(reasonInWords(i18n.t, 'something-new')).toBe('something-new');
    await i18n.changeLanguage('en');
    expect(reasonInWords(i18n.t, 'malformed')).toBe('Unreadable message');
  });
});
