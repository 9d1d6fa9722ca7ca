module.exports = {
  ...require('../../tools/jest/project.config.cjs')('generators', __dirname),
};
