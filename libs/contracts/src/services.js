// Every Pollen service, the port of its API and its management port (health and metrics, apart so
// that only the API is routed to the outside): the one list that `npm start`, `npm test`, the
// services' config classes and the contracts (`ServiceName`, `SERVICE_NAMES`) read. The Dockerfile
// and docker-compose.yml cannot read it; tools/repo-checks tests check them against it.
//
// Order matters: `npm start` starts the services in this order, back-end services first and the
// gateway last (its readiness needs its Kafka reply consumer, and it asks the others at once).
//
// CommonJS with a JSDoc const assertion, so that plain Node scripts (`tools/run/*.mjs`) import it
// without a TypeScript loader and TypeScript (`allowJs`) still sees literal types.
// `nx g @pollen/tools:service <name>` adds a service here, before the gateway.
const SERVICES = /** @type {const} */ ([
  { name: 'applications', port: 3001, managementPort: 9001 },
  { name: 'matching', port: 3002, managementPort: 9002 },
  { name: 'legal-templates', port: 3003, managementPort: 9003 },
  { name: 'notifications', port: 3004, managementPort: 9004 },
  { name: 'operations', port: 3005, managementPort: 9005 },
  { name: 'gateway', port: 3000, managementPort: 9000 },
]);

/**
 * A service's Kafka user: Strimzi's KafkaUser in a cluster, the SCRAM user of the local secure
 * profile (tools/infra), the principal its ACLs are given to.
 * @param {string} service
 */
const kafkaUserOf = (service) => `pollen-${service}`;

module.exports = { SERVICES, kafkaUserOf };
