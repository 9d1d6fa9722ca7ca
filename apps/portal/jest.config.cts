module.exports = {
  ...require('../../tools/jest/project.config.cjs')('portal', __dirname),
};
