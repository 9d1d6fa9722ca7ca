module.exports = {
  ...require('../../tools/jest/project.config.cjs')('legal-templates', __dirname),
};
