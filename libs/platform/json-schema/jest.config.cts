module.exports = {
  ...require('../../../tools/jest/project.config.cjs')('platform-json-schema', __dirname),
  // Schemas of classes only: no Kafka, no database.
  globalSetup: undefined,
};
