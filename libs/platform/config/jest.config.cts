module.exports = {
  ...require('../../../tools/jest/project.config.cjs')('platform-config', __dirname),
};
