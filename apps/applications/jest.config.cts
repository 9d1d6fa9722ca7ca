module.exports = {
  ...require('../../tools/jest/project.config.cjs')('applications', __dirname),
};
