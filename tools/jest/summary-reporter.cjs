// Writes reports/jest/<project>.json with the counts .ci/run adds up ("N passed, M failed").
const fs = require('node:fs');
const path = require('node:path');

const reportsDir = path.resolve(__dirname, '..', '..', 'reports', 'jest');

module.exports = class SummaryReporter {
  constructor(_globalConfig, options) {
    this.project = options.project;
  }

  onRunComplete(_contexts, results) {
    fs.mkdirSync(reportsDir, { recursive: true });
    const summary = {
      project: this.project,
      passed: results.numPassedTests,
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      skipped: results.numPendingTests + results.numTodoTests,
      total: results.numTotalTests,
      suites: results.numTotalTestSuites,
      // results.success is only set after reporters ran; derive it the way Jest does.
      success: results.numFailedTests === 0 && results.numRuntimeErrorTestSuites === 0 && !results.snapshot.failure,
    };
    fs.writeFileSync(path.join(reportsDir, `${this.project}.json`), `${JSON.stringify(summary, null, 2)}\n`);
  }
};
