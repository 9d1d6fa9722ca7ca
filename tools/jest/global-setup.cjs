// Makes sure the real test infrastructure (Kafka + FerretDB + Mailpit, profile "test") is up before any
// test file runs, unless KAFKA_BROKERS and MONGODB_URI point elsewhere (then SMTP_URL and MAIL_API_URL
// must be given too). It is left running afterwards so the next `nx test` starts warm; `npm test`
// stops what it started.
const path = require('node:path');
const { pathToFileURL } = require('node:url');

module.exports = async function globalSetup() {
  const infra = await import(pathToFileURL(path.join(__dirname, '..', 'infra', 'infra.mjs')).href);
  if (infra.externalInfrastructure()) return;
  Object.assign(process.env, infra.infraEnv(await infra.up('test')));
};
