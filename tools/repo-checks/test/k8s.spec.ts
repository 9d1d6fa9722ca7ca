import {
  consumedTopics,
  KAFKA_ENVIRONMENTS,
  type KafkaEnvironment,
  kafkaUserOf,
  MAX_GATEWAY_REPLICAS,
  SERVICES,
  topicNamed,
  Topics,
} from '@pollen/contracts';
import { type ConsumedKind, consumerGroupOf } from '@pollen/platform/kafka';
import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import type { IHorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import type { INetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import type { INetworkPolicyPeer } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicyPeer';
import type { IService } from 'kubernetes-models/v1/Service';

import { readRepoFile } from '../src';
import {
  build,
  containerOf,
  generatedConfigMap,
  type K8sObject,
  literalEnv,
  modelProblems,
  type Named,
  named,
  ofKind,
  operatorSchemas,
  OVERLAYS,
  provisionKustomize,
  selects,
} from './k8s-manifests';

/**
 * What k8s/ promises whoever runs `kubectl apply -k k8s/overlays/<overlay>`, checked offline: every
 * overlay builds, every object is valid for its kind, and what a reviewer would check by hand holds,
 * derived from the one list of services and the catalogue of topics.
 */

/** The metric libs/platform/kafka exports for each group's lag (kafka.metrics.ts). */
const LAG_METRIC = 'pollen_consumer_lag_messages';

/**
 * The longest piece of work a service finishes on SIGTERM: a webhook call (notifications'
 * WEBHOOK_TIMEOUT_MS) or an SMTP wait, 10 s each by default; a request ends by its 5 s deadline.
 */
const LONGEST_WORK_S = 10;
/** The tracing flush start-service.ts allows at the end of a shutdown. */
const TRACING_FLUSH_S = 2;

const SECRET_LIKE = /SECRET|PASSWORD|TOKEN|_KEY$|^SMTP_URL$|^MONGODB_URI$/;

/** Secrets someone creates by hand, as docs/operations.md lists them (`name` | `key`, `key`). */
function documentedSecrets(): Map<string, string[]> {
  const docs = readRepoFile('docs/operations.md');
  const section = docs.slice(docs.indexOf('### Secrets to create'));
  const table = section.slice(0, section.indexOf('\n#', 5));
  const rows = [...table.matchAll(/^\| `([^`]+)`\s*\|([^|]+)\|/gm)];
  return new Map(
    rows.flatMap(([, name, keys]) => {
      const keyList = [...keys.matchAll(/`([^`]+)`/g)].map(([, key]) => key);
      const names = name.includes('<service>') ? SERVICES.map((s) => name.replace('<service>', s.name)) : [name];
      return names.map((each): [string, string[]] => [each, keyList]);
    }),
  );
}

/** The consumer groups of a service that read requests or events: those its lag scales on. */
function scalingGroupsOf(service: string): string[] {
  const kinds = new Set(
    consumedTopics()
      .filter((topic) => (topic.consumers as readonly string[]).includes(service))
      .map((topic) => topic.kind)
      .filter((kind): kind is ConsumedKind => kind === 'requests' || kind === 'events'),
  );
  return [...kinds].map((kind) => consumerGroupOf(service, kind));
}

/** The most partitions of any topic the service reads: past that, a replica holds none of any. */
function partitionBoundOf(service: string): number {
  const partitions = consumedTopics()
    .filter((topic) => (topic.consumers as readonly string[]).includes(service))
    .map((topic) => topic.partitions);
  return Math.max(...partitions);
}

let kustomize: string;

beforeAll(async () => {
  kustomize = await provisionKustomize();
}, 15 * 60_000);

it('has the overlays the documentation names', () => {
  expect(OVERLAYS).toEqual(['dev', 'prod']);
});

describe.each(OVERLAYS)('k8s/overlays/%s', (overlay) => {
  let objects: K8sObject[];
  const deployments = () => ofKind<IDeployment>(objects, 'Deployment');
  const deploymentOf = (name: string) => named(objects, 'Deployment', name) as unknown as Named<IDeployment>;
  const common = () => generatedConfigMap(objects, 'pollen-common');

  beforeAll(async () => {
    objects = await build(kustomize, overlay);
  });

  it('holds only objects valid for their kind, and no kind unknown to the checks', async () => {
    const schemas = operatorSchemas();
    const modelled = objects.filter((object) => !schemas.has(`${object.apiVersion}/${object.kind}`));
    const problems = [
      ...objects.flatMap((object) =>
        (schemas.get(`${object.apiVersion}/${object.kind}`)?.(object) ?? []).map(
          (problem) => `${object.kind} ${object.metadata.name}: ${problem}`,
        ),
      ),
      ...(await modelProblems(modelled)).flatMap((list, i) =>
        list.map((problem) => `${modelled[i].kind} ${modelled[i].metadata.name}: ${problem}`),
      ),
    ];

    expect(problems).toEqual([]);
  });

  it('runs one Deployment, Service, autoscaler and disruption budget per service, and nothing else', () => {
    const names = SERVICES.map((service) => service.name).sort();

    for (const kind of ['Deployment', 'Service', 'HorizontalPodAutoscaler', 'PodDisruptionBudget']) {
      expect(
        ofKind(objects, kind)
          .map((object) => object.metadata.name)
          .sort(),
      ).toEqual(names);
    }
  });

  it.each(SERVICES.map((service) => [service.name, service]))(
    '%s listens on its ports of services.js, probed on the management port',
    (name, service) => {
      const container = containerOf(deploymentOf(name));
      const ports = Object.fromEntries((container.ports ?? []).map((port) => [port.name, port.containerPort]));
      const env = literalEnv(objects, container);

      expect(ports).toEqual({ http: service.port, management: service.managementPort });
      expect(env['PORT']).toBe(String(service.port));
      expect(env['MANAGEMENT_PORT']).toBe(String(service.managementPort));
      for (const [probe, path] of [
        [container.startupProbe, '/health/live'],
        [container.livenessProbe, '/health/live'],
        [container.readinessProbe, '/health/ready'],
      ] as const) {
        expect(probe?.httpGet).toEqual({ path, port: 'management' });
      }
      const servicePorts = (named(objects, 'Service', name) as unknown as Named<IService>).spec?.ports ?? [];
      expect(servicePorts.map(({ name: portName, port, targetPort }) => ({ portName, port, targetPort }))).toEqual([
        { portName: 'http', port: service.port, targetPort: 'http' },
        { portName: 'management', port: service.managementPort, targetPort: 'management' },
      ]);
    },
  );

  it('runs every service unprivileged, read-only, with requests and limits', () => {
    for (const deployment of deployments()) {
      const pod = deployment.spec?.template.spec;
      const container = containerOf(deployment);
      const where = deployment.metadata.name;

      expect({ where, pod: pod?.securityContext }).toMatchObject({
        where,
        pod: { runAsNonRoot: true, runAsUser: expect.any(Number), seccompProfile: { type: 'RuntimeDefault' } },
      });
      expect(pod?.securityContext?.runAsUser).not.toBe(0);
      expect(pod?.automountServiceAccountToken).toBe(false);
      expect({ where, security: container.securityContext }).toEqual({
        where,
        security: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
      });
      expect({ where, resources: container.resources }).toMatchObject({
        where,
        resources: {
          requests: { cpu: expect.anything(), memory: expect.anything() },
          limits: { cpu: expect.anything(), memory: expect.anything() },
        },
      });
    }
  });

  it('lets each service drain, finish its work and flush its spans before it is killed', () => {
    const drainS = Number(common()['SHUTDOWN_DRAIN_MS']) / 1000;

    for (const deployment of deployments()) {
      expect({
        where: deployment.metadata.name,
        grace: deployment.spec?.template.spec?.terminationGracePeriodSeconds,
      }).toEqual({
        where: deployment.metadata.name,
        grace: expect.any(Number),
      });
      expect(deployment.spec?.template.spec?.terminationGracePeriodSeconds).toBeGreaterThan(
        drainS + LONGEST_WORK_S + TRACING_FLUSH_S,
      );
    }
  });

  it('never runs more consumers than partitions, nor more gateways than reply partitions', () => {
    expect(MAX_GATEWAY_REPLICAS).toBe(Topics.gatewayReplies.partitions);
    for (const hpa of ofKind<IHorizontalPodAutoscaler>(objects, 'HorizontalPodAutoscaler')) {
      const name = hpa.metadata.name;
      const spec = hpa.spec;

      expect(spec?.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name });
      expect(spec?.minReplicas).toBeLessThanOrEqual(spec?.maxReplicas ?? 0);
      if (name === 'gateway') {
        expect(spec?.maxReplicas).toBeLessThanOrEqual(MAX_GATEWAY_REPLICAS);
        expect(spec?.metrics?.map((metric) => metric.resource?.name)).toEqual(['cpu']);
        continue;
      }
      expect({ name, max: spec?.maxReplicas }).toEqual({ name, max: expect.any(Number) });
      expect(spec?.maxReplicas).toBeLessThanOrEqual(partitionBoundOf(name));
      const [metric, ...others] = spec?.metrics ?? [];
      expect(others).toEqual([]);
      expect(metric?.external?.metric.name).toBe(LAG_METRIC);
      expect(metric?.external?.metric.selector?.matchExpressions).toEqual([
        { key: 'group', operator: 'In', values: scalingGroupsOf(name).sort() },
      ]);
    }
  });

  it('keeps a replica of each service up through voluntary disruptions without blocking them', () => {
    for (const pdb of ofKind(objects, 'PodDisruptionBudget')) {
      const labels = deploymentOf(pdb.metadata.name).spec?.template.metadata?.labels ?? {};

      expect(selects(pdb.spec.selector, labels)).toBe(true);
      expect(pdb.spec.maxUnavailable).toBe(1);
    }
  });

  it('takes every secret from a Secret someone creates (documented) or an operator writes', () => {
    const documented = documentedSecrets();
    const kafkaUsers = new Set(ofKind(objects, 'KafkaUser').map((user) => user.metadata.name));
    const kafka = ofKind(objects, 'Kafka').map((cluster) => cluster.metadata.name);
    const mongo = ofKind(objects, 'MongoDBCommunity');
    const mongoConnections = new Set(
      mongo.flatMap((db) =>
        (db.spec.users as { name: string; db: string }[]).map((user) => `${db.metadata.name}-${user.db}-${user.name}`),
      ),
    );
    const byOperator = (name: string, key: string): boolean =>
      (kafkaUsers.has(name) && key === 'password') ||
      (kafka.some((cluster) => name === `${cluster}-cluster-ca-cert`) && key === 'ca.crt') ||
      (mongoConnections.has(name) && key.startsWith('connectionString.'));

    const references = [
      ...deployments().flatMap((deployment) => [
        ...(containerOf(deployment).env ?? []).flatMap((variable) => {
          const ref = variable.valueFrom?.secretKeyRef;
          return ref ? [{ name: ref.name as string, key: ref.key }] : [];
        }),
        ...(deployment.spec?.template.spec?.volumes ?? []).flatMap((volume) =>
          (volume.secret?.items ?? []).map((item) => ({ name: volume.secret?.secretName as string, key: item.key })),
        ),
      ]),
      ...mongo.flatMap((db) =>
        (db.spec.users as { passwordSecretRef: { name: string; key?: string } }[]).map(({ passwordSecretRef }) => ({
          name: passwordSecretRef.name,
          key: passwordSecretRef.key ?? 'password',
        })),
      ),
      ...ofKind(objects, 'Ingress').flatMap((ingress) =>
        ((ingress.spec.tls ?? []) as { secretName: string }[]).flatMap(({ secretName }) => [
          { name: secretName, key: 'tls.crt' },
          { name: secretName, key: 'tls.key' },
        ]),
      ),
    ];

    const unaccounted = references.filter(
      ({ name, key }) => !byOperator(name, key) && !documented.get(name)?.includes(key),
    );

    expect(references.length).toBeGreaterThan(0);
    expect(unaccounted).toEqual([]);
  });

  it('holds no secret value: no Secret object, no secret-looking variable set in clear', () => {
    const literal = [
      ...ofKind(objects, 'ConfigMap').flatMap((map) =>
        Object.keys(map.data ?? {}).map((key) => `${map.metadata.name}: ${key}`),
      ),
      ...deployments().flatMap((deployment) =>
        (containerOf(deployment).env ?? [])
          .filter((variable) => variable.value !== undefined)
          .map((variable) => `${deployment.metadata.name}: ${variable.name}`),
      ),
    ].filter((entry) => SECRET_LIKE.test(entry.split(': ')[1]));

    expect(ofKind(objects, 'Secret')).toEqual([]);
    expect(literal).toEqual([]);
  });

  it('connects each service to Kafka as its own SCRAM user, over the TLS listener that authenticates', () => {
    const [kafka, ...more] = ofKind(objects, 'Kafka');
    const listener = (
      kafka.spec.kafka.listeners as { port: number; tls: boolean; authentication?: { type: string } }[]
    )[0];
    const env = common();

    expect(more).toEqual([]);
    expect(kafka.spec.kafka.authorization).toEqual({ type: 'simple' });
    expect(listener).toMatchObject({ tls: true, authentication: { type: 'scram-sha-512' } });
    expect(env).toMatchObject({
      KAFKA_BROKERS: `${kafka.metadata.name}-kafka-bootstrap:${listener.port}`,
      KAFKA_SASL_MECHANISM: 'scram-sha-512',
      KAFKA_SSL: 'true',
      KAFKA_TOPICS_MODE: 'check',
    });
    for (const { name } of SERVICES) {
      const container = containerOf(deploymentOf(name));
      const username = container.env?.find((variable) => variable.name === 'KAFKA_SASL_USERNAME')?.value;
      const password = container.env?.find((variable) => variable.name === 'KAFKA_SASL_PASSWORD');

      expect({ name, username }).toEqual({ name, username: kafkaUserOf(name) });
      expect(named(objects, 'KafkaUser', kafkaUserOf(name)).metadata.labels?.['strimzi.io/cluster']).toBe(
        kafka.metadata.name,
      );
      expect(password?.valueFrom?.secretKeyRef).toEqual({ name: username, key: 'password' });
      expect(container.volumeMounts?.find((mount) => mount.name === 'kafka-ca')?.mountPath).toBe(
        env['KAFKA_SSL_CA_FILE'].replace(/\/ca\.crt$/, ''),
      );
    }
  });

  it('sizes Kafka and every topic for the environment the services check, with the catalogue’s partitions', () => {
    const environment = common()['KAFKA_ENVIRONMENT'] as KafkaEnvironment;
    const replication = KAFKA_ENVIRONMENTS[environment];
    const kafka = ofKind(objects, 'Kafka')[0];
    const brokers = ofKind(objects, 'KafkaNodePool')
      .filter((pool) => (pool.spec.roles as string[]).includes('broker'))
      .reduce((sum, pool) => sum + (pool.spec.replicas as number), 0);

    expect(environment).toBe(overlay === 'prod' ? 'production' : 'local');
    expect(brokers).toBe(overlay === 'prod' ? 3 : 1);
    expect(brokers).toBeGreaterThanOrEqual(replication.replicationFactor);
    expect(kafka.spec.kafka.config).toMatchObject({
      'auto.create.topics.enable': false,
      'default.replication.factor': replication.replicationFactor,
      'min.insync.replicas': replication.minInSyncReplicas,
      'offsets.topic.replication.factor': replication.replicationFactor,
    });
    for (const topic of ofKind(objects, 'KafkaTopic')) {
      const declared = topicNamed(topic.spec.topicName);

      expect({ topic: topic.spec.topicName, partitions: topic.spec.partitions, replicas: topic.spec.replicas }).toEqual(
        {
          topic: declared?.name,
          partitions: declared?.partitions,
          replicas: replication.replicationFactor,
        },
      );
      expect(topic.spec.config['min.insync.replicas']).toBe(String(replication.minInSyncReplicas));
    }
  });

  it('gives each service its own MongoDB user, allowed its own database only, and connects it with it', () => {
    const [mongo, ...more] = ofKind(objects, 'MongoDBCommunity');
    const users = mongo.spec.users as { name: string; db: string; roles: { name: string; db: string }[] }[];

    expect(more).toEqual([]);
    expect(mongo.spec.members).toBe(overlay === 'prod' ? 3 : 1);
    expect(users.map((user) => user.name).sort()).toEqual(SERVICES.map(({ name }) => `pollen-${name}`).sort());
    for (const { name } of SERVICES) {
      const container = containerOf(deploymentOf(name));
      const user = users.find((each) => each.name === `pollen-${name}`);
      const database = literalEnv(objects, container)['MONGODB_DATABASE'];

      expect({ name, roles: user?.roles }).toEqual({ name, roles: [{ name: 'readWrite', db: database }] });
      expect(container.env?.find((variable) => variable.name === 'MONGODB_URI')?.valueFrom?.secretKeyRef).toEqual({
        name: `${mongo.metadata.name}-${user?.db}-${user?.name}`,
        key: 'connectionString.standardSrv',
      });
    }
  });

  it('runs the images of one release, which the services report as their version', () => {
    const version = common()['POLLEN_VERSION'];

    for (const deployment of deployments()) {
      expect(containerOf(deployment).image).toMatch(new RegExp(`pollen[-/]${deployment.metadata.name}:${version}$`));
    }
  });

  describe('the network', () => {
    const policiesOf = (name: string) => {
      const labels = deploymentOf(name).spec?.template.metadata?.labels ?? {};
      return ofKind<INetworkPolicy>(objects, 'NetworkPolicy').filter((policy) =>
        selects(policy.spec?.podSelector, labels),
      );
    };
    const ingressOf = (name: string) =>
      policiesOf(name).flatMap((policy) =>
        (policy.spec?.ingress ?? []).flatMap((rule) =>
          (rule.ports ?? []).map((port) => ({
            port: port.port,
            from: (rule.from ?? []).map((peer) => peer.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name']),
          })),
        ),
      );
    const egressOf = (name: string) =>
      policiesOf(name).flatMap((policy) =>
        (policy.spec?.egress ?? []).flatMap((rule) =>
          (rule.ports ?? []).map((port) => ({ port: port.port, protocol: port.protocol, to: rule.to ?? [] })),
        ),
      );
    const reaches = (name: string, port: number, protocol: string, peer: (to: INetworkPolicyPeer) => boolean) =>
      egressOf(name).some((rule) => rule.port === port && rule.protocol === protocol && rule.to.some(peer));

    it('denies everything to and from the services by default', () => {
      // A policy that selects the pod for both directions and allows nothing: the rest only add.
      const denyAll = (policy: INetworkPolicy) =>
        [...(policy.spec?.policyTypes ?? [])].sort().join() === 'Egress,Ingress' &&
        !policy.spec?.ingress?.length &&
        !policy.spec?.egress?.length;

      for (const { name } of SERVICES) {
        expect({ name, denied: policiesOf(name).some(denyAll) }).toEqual({ name, denied: true });
      }
    });

    it('lets in the ingress controller to the gateway’s API, and Prometheus to every management port only', () => {
      for (const { name } of SERVICES) {
        const expected = [{ port: 'management', from: ['monitoring'] }];
        if (name === 'gateway') expected.push({ port: 'http', from: ['ingress-nginx'] });

        expect(ingressOf(name).sort((a, b) => String(a.port).localeCompare(String(b.port)))).toEqual(
          expected.sort((a, b) => a.port.localeCompare(b.port)),
        );
      }
    });

    it('lets every service reach DNS, Kafka, MongoDB and the trace collector', () => {
      const kafka = ofKind(objects, 'Kafka')[0];
      const kafkaPort = kafka.spec.kafka.listeners[0].port as number;
      const mongo = ofKind(objects, 'MongoDBCommunity')[0].metadata.name;
      const otlpPort = Number(new URL(common()['OTEL_EXPORTER_OTLP_ENDPOINT']).port);
      const inNamespace = (namespace: string) => (to: INetworkPolicyPeer) =>
        to.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'] === namespace;

      for (const { name } of SERVICES) {
        expect(reaches(name, 53, 'UDP', inNamespace('kube-system'))).toBe(true);
        expect(reaches(name, 53, 'TCP', inNamespace('kube-system'))).toBe(true);
        expect(
          reaches(
            name,
            kafkaPort,
            'TCP',
            (to) => to.podSelector?.matchLabels?.['strimzi.io/cluster'] === kafka.metadata.name,
          ),
        ).toBe(true);
        expect(reaches(name, 27017, 'TCP', (to) => to.podSelector?.matchLabels?.['app'] === `${mongo}-svc`)).toBe(true);
        expect(reaches(name, otlpPort, 'TCP', inNamespace('monitoring'))).toBe(true);
      }
    });

    it('lets only notifications out of the cluster: its SMTP relay, and HTTPS to public addresses', () => {
      const privateRanges = [
        '10.0.0.0/8',
        '172.16.0.0/12',
        '192.168.0.0/16',
        '127.0.0.0/8',
        '169.254.0.0/16',
        '100.64.0.0/10',
      ];
      const outside = (name: string) => egressOf(name).filter((rule) => rule.to.some((to) => to.ipBlock));
      const https = outside('notifications').filter((rule) => rule.port === 443);

      for (const { name } of SERVICES.filter((service) => service.name !== 'notifications')) {
        expect({ name, outside: outside(name) }).toEqual({ name, outside: [] });
      }
      expect(https).toHaveLength(1);
      for (const { ipBlock } of https[0].to) {
        if (ipBlock?.cidr === '0.0.0.0/0') expect(ipBlock.except).toEqual(expect.arrayContaining(privateRanges));
        else expect(ipBlock?.except).toEqual(expect.arrayContaining(['::1/128', 'fc00::/7', 'fe80::/10']));
      }
      expect(
        outside('notifications')
          .map((rule) => rule.port)
          .sort(),
      ).toEqual([443, 465, 587]);
    });

    it('publishes the gateway’s API port alone', () => {
      const backends = ofKind(objects, 'Ingress').flatMap((ingress) =>
        (ingress.spec.rules as { http: { paths: { backend: { service: unknown } }[] } }[]).flatMap((rule) =>
          rule.http.paths.map((path) => path.backend.service),
        ),
      );

      expect(backends).toEqual([{ name: 'gateway', port: { name: 'http' } }]);
    });
  });
});
