// Prints one closing line for the whole test run ("Tests: N passed, N failed, N skipped")
// from the JSON reports Vitest and Playwright write when CI=true.
import { readFileSync } from 'node:fs';

const read = (file) => JSON.parse(readFileSync(file, 'utf8'));
const unit = read('.reports/unit.json');
const e2e = read('.reports/e2e.json');
const passed = unit.numPassedTests + e2e.stats.expected;
const failed = unit.numFailedTests + e2e.stats.unexpected;
const skipped = unit.numPendingTests + unit.numTodoTests + e2e.stats.skipped;
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
