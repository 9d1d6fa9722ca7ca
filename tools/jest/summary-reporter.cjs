// Writes reports/jest/<project>.json with the counts .ci/run adds up ("N passed, M failed").
const fs = require('node:fs');
const path = require('node:path');

const reportsDir = path.resolve(__dirname, '..', '..', 'reports', 'jest');

const MAX_FAILURES_KEPT = 10;

const firstLine = (text) =>
  String(text ?? '')
    .replace(/\u001b\[[0-9;]*m/g, '')
    .split('\n')
    .map((line) => line.trim())
    .find(Boolean) ?? '';

function failuresOf(results) {
  const failures = [];
  for (const suite of results.testResults) {
    const file = path.basename(suite.testFilePath);
    if (suite.testExecError) failures.push(`${file}: ${firstLine(suite.testExecError.message)}`);
    for (const test of suite.testResults.filter((t) => t.status === 'failed')) {
      failures.push(`${file} › ${test.fullName}: ${firstLine(test.failureMessages[0])}`);
    }
  }
  return failures;
}

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
      // What failed, briefly: the end of a CI log must say why without the whole Jest output.
      failures: failuresOf(results).slice(0, MAX_FAILURES_KEPT),
    };
    fs.writeFileSync(path.join(reportsDir, `${this.project}.json`), `${JSON.stringify(summary, null, 2)}\n`);
  }
};
