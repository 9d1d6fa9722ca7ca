module.exports = {
  ...require('../../tools/jest/project.config.cjs')('e2e', __dirname),
};
