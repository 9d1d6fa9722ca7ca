module.exports = {
  ...require('../../tools/jest/project.config.cjs')('notifications', __dirname),
};
