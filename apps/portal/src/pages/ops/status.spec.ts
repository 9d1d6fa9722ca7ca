import type { Schemas } from '../../api/client';
import i18n from '../../i18n';
import { duration, groupsBehind, lagByGroup, readiness, serviceHealth, servicesByHealth } from './status';

type Instance = Schemas['InstanceStatusView'];

const instance = (overrides: Partial<Instance> = {}): Instance => ({
  instance: 'matching-1',
  version: '1.4.0',
  startedAt: '2026-12-04T08:00:00Z',
  uptimeSeconds: 600,
  ready: true,
  failingChecks: [],
  outboxBacklog: 0,
  lastHeartbeatAt: '2026-12-04T08:10:00Z',
  silent: false,
  ...overrides,
});

describe('a service’s health from its instances', () => {
  it('is up when every instance is ready and heard from', () => {
    expect(serviceHealth({ service: 'matching', instances: [instance(), instance({ instance: 'matching-2' })] })).toBe(
      'up',
    );
  });

  it('is degraded when one instance of several went silent or is not ready', () => {
    expect(serviceHealth({ service: 'matching', instances: [instance(), instance({ silent: true })] })).toBe(
      'degraded',
    );
    expect(serviceHealth({ service: 'matching', instances: [instance(), instance({ ready: false })] })).toBe(
      'degraded',
    );
  });

  it('is down when no instance works, or none is listed', () => {
    expect(serviceHealth({ service: 'gateway', instances: [instance({ ready: false })] })).toBe('down');
    expect(serviceHealth({ service: 'gateway', instances: [] })).toBe('down');
  });

  it('sorts the services by health for the page’s first sentence', () => {
    const by = servicesByHealth([
      { service: 'matching', instances: [instance()] },
      { service: 'gateway', instances: [] },
    ]);
    expect(by.up.map(({ service }) => service)).toEqual(['matching']);
    expect(by.down.map(({ service }) => service)).toEqual(['gateway']);
    expect(by.degraded).toEqual([]);
  });
});

describe('the consumers’ lag', () => {
  const lag = [
    { group: 'applications', topic: 'pollen.gateway.account-events.v2', lag: 0 },
    { group: 'notifications', topic: 'pollen.matching.match-events.v1', lag: 40 },
    { group: 'notifications', topic: 'pollen.applications.application-events.v2', lag: 120 },
    { group: 'operations-requests', topic: 'pollen.operations.requests.v1', lag: 1 },
  ];

  it('adds up each group’s topics, the group furthest behind first, and its worst topic first', () => {
    const groups = lagByGroup(lag);
    expect(groups.map(({ group, total }) => [group, total])).toEqual([
      ['notifications', 160],
      ['operations-requests', 1],
      ['applications', 0],
    ]);
    expect(groups[0].topics.map(({ lag }) => lag)).toEqual([120, 40]);
  });

  it('keeps only the groups behind for the summary', () => {
    expect(groupsBehind(lagByGroup(lag)).map(({ group }) => group)).toEqual(['notifications', 'operations-requests']);
  });
});

describe('an instance in words', () => {
  afterEach(() => i18n.changeLanguage('fr'));

  it('says how long it has run', () => {
    expect(duration(i18n.t, 42)).toBe('42 s');
    expect(duration(i18n.t, 540)).toBe('9 min');
    expect(duration(i18n.t, 7_500)).toBe('2 h 5 min');
    expect(duration(i18n.t, 86_400)).toBe('1 jour');
    expect(duration(i18n.t, 3 * 86_400 + 50)).toBe('3 jours');
  });

  it('says why it is not ready, or that it went silent', async () => {
    expect(readiness(i18n.t, instance())).toBe('Oui');
    expect(readiness(i18n.t, instance({ ready: false, failingChecks: ['dependencies', 'consumers:matching'] }))).toBe(
      'Non prête (dependencies, consumers:matching)',
    );
    await i18n.changeLanguage('en');
    expect(readiness(i18n.t, instance({ silent: true }))).toBe('Silent');
  });
});
