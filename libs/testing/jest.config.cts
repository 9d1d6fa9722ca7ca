module.exports = {
  ...require('../../tools/jest/project.config.cjs')('testing', __dirname),
};
