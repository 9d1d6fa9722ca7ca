// Writes reports/jest/<project>.json with the counts .ci/run adds up ("N passed, M failed").
const fs = require('node:fs');
const path = require('node:path');

const reportsDir = path.resolve(__dirname, '..', '..', 'reports', 'jest');

const MAX_FAILURES_KEPT = 10;

const MAX_SLOWEST_KEPT = 5;

const linesOf = (text) =>
  String(text ?? '')
    .replace(/\u001b\[[0-9;]*m/g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * The first line of a failure, what was expected and received, and where in the test file: enough
 * to tell a flaky wait from a wrong value in the last lines of a CI log.
 */
function briefly(text, file) {
  const lines = linesOf(text);
  const values = lines.filter((line) => /^(Expected|Received)\b/.test(line)).slice(0, 2);
  const where = lines.find((line) => line.startsWith('at ') && line.includes(file));
  const at = where && /([^/\\(]+:\d+):\d+\)?$/.exec(where)?.[1];
  return [lines[0] ?? '', ...values, ...(at ? [`(${at})`] : [])].join(' ');
}

function failuresOf(results) {
  const failures = [];
  for (const suite of results.testResults) {
    const file = path.basename(suite.testFilePath);
    if (suite.testExecError) failures.push(`${file}: ${briefly(suite.testExecError.message, file)}`);
    for (const test of suite.testResults.filter((t) => t.status === 'failed')) {
      failures.push(`${file} › ${test.fullName}: ${briefly(test.failureMessages[0], file)}`);
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
      // Where the time went: the test step's budget is watched per project and per file.
      seconds: Math.round((Date.now() - results.startTime) / 100) / 10,
      slowest: results.testResults
        .map((suite) => ({
          file: path.basename(suite.testFilePath),
          seconds: Math.round((suite.perfStats.end - suite.perfStats.start) / 100) / 10,
        }))
        .sort((a, b) => b.seconds - a.seconds)
        .slice(0, MAX_SLOWEST_KEPT),
    };
    fs.writeFileSync(path.join(reportsDir, `${this.project}.json`), `${JSON.stringify(summary, null, 2)}\n`);
  }
};
