module.exports = {
  ...require('../../../tools/jest/project.config.cjs')('platform-health', __dirname),
};
