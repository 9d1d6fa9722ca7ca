module.exports = {
  ...require('../../../tools/jest/project.config.cjs')('platform-kafka', __dirname),
};
