module.exports = {
  ...require('../../tools/jest/project.config.cjs')('repo-checks', __dirname),
};
