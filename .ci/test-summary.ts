/**
 * Prints the end of a CI run from vitest's JSON report: the slowest test files, then the counts as
 * one plain line (`Tests: N passed, N failed, N skipped`) that CI reads.
 *
 *   node .ci/test-summary.ts <vitest-report.json>
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

interface Report {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { name: string; startTime: number; endTime: number; status: string }[];
}

const report = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Report;
const slowest = report.testResults
  .map((file) => ({ name: relative(process.cwd(), file.name), seconds: (file.endTime - file.startTime) / 1000, status: file.status }))
  .sort((a, b) => b.seconds - a.seconds)
  .slice(0, 5);
console.log('\nSlowest test files:');
for (const file of slowest) console.log(`  ${file.seconds.toFixed(1).padStart(6)} s  ${file.name}${file.status === 'passed' ? '' : ` (${file.status})`}`);
console.log(`Tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests + report.numTodoTests} skipped`);
