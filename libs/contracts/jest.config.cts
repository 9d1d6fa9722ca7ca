module.exports = {
  ...require('../../tools/jest/project.config.cjs')('contracts', __dirname),
};
