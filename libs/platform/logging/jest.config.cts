module.exports = {
  ...require('../../../tools/jest/project.config.cjs')('platform-logging', __dirname),
};
