// The chaos suite (issue 9): its own project and its own target (`chaos`, not `test`), so neither
// the e2e project nor `npm test` picks it up: it stops and starts the broker and the database.
// `npm run test:chaos:short` runs it short (CHAOS_MODE unset); `npm run test:chaos` runs it full.
module.exports = {
  ...require('../../../tools/jest/project.config.cjs')('e2e-chaos', __dirname),
};
