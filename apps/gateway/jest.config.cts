module.exports = {
  ...require('../../tools/jest/project.config.cjs')('gateway', __dirname, { swagger: true }),
};
