module.exports = {
  ...require('../../../tools/jest/project.config.cjs')('platform-http', __dirname),
};
