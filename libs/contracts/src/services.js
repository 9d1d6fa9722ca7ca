// Every Pollen service and the port it listens on: the one list that `npm start`, `npm test`, the
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
  { name: 'applications', port: 3001 },
  { name: 'matching', port: 3002 },
  { name: 'legal-templates', port: 3003 },
  { name: 'notifications', port: 3004 },
  { name: 'operations', port: 3005 },
  { name: 'gateway', port: 3000 },
]);

module.exports = { SERVICES };
