module.exports = {
  ...require('../../tools/jest/project.config.cjs')('catalogue', __dirname),
  // These tests read the catalogue and the committed documents only: no Kafka, no database.
  globalSetup: undefined,
};
