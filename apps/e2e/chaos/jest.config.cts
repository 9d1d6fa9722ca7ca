// The chaos suite (issue 9): its own project, so the e2e project never picks up the long version.
// `npm test` runs it short (CHAOS_MODE unset); `npm run test:chaos` runs it full (CHAOS_MODE=full).
module.exports = {
  ...require('../../../tools/jest/project.config.cjs')('e2e-chaos', __dirname),
};
