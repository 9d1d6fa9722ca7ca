module.exports = {
  ...require('../../tools/jest/project.config.cjs')('operations', __dirname),
};
