module.exports = {
  ...require('../../../tools/jest/project.config.cjs')('platform-service', __dirname),
};
