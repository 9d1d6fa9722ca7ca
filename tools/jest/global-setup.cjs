// Makes sure the real test infrastructure (Kafka + FerretDB, profile "test") is up before any test
// file runs, unless KAFKA_BROKERS and MONGODB_URI point elsewhere. It is left running afterwards so
// the next `nx test` starts warm; `npm test` stops what it started.
const path = require('node:path');
const { pathToFileURL } = require('node:url');

module.exports = async function globalSetup() {
  if (process.env.KAFKA_BROKERS && process.env.MONGODB_URI) return;
  const infra = await import(pathToFileURL(path.join(__dirname, '..', 'infra', 'infra.mjs')).href);
  const s = await infra.up('test');
  process.env.KAFKA_BROKERS = s.kafkaBrokers;
  process.env.MONGODB_URI = s.mongoUri;
};
