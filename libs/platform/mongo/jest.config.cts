module.exports = {
  ...require('../../../tools/jest/project.config.cjs')('platform-mongo', __dirname),
};
