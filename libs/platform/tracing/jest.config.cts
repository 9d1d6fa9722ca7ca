module.exports = {
  ...require('../../../tools/jest/project.config.cjs')('platform-tracing', __dirname),
};
