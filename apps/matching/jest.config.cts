module.exports = {
  ...require('../../tools/jest/project.config.cjs')('matching', __dirname),
};
