/** The end-of-run summary printed by `redoubt sim run`: the report's figures as plain text. */
import { OPERATIONS } from './run-report.js';
import type { RunReport } from './run-report.js';

export function summaryText(report: RunReport): string {
  const { totals, consistency } = report;
  const lines = [
    `workload ${report.workload}: ${report.targetRate} ops/s target for ${report.durationS} s`,
    `  ${totals.ok} ok, ${totals.errors} errors of ${totals.scheduled} scheduled; ${totals.throughputPerS} ok/s; ` +
      `p50 ${totals.latency.p50Ms} ms, p99 ${totals.latency.p99Ms} ms, max ${totals.latency.maxMs} ms`,
    '',
    `  ${'operation'.padEnd(14)} ${'ok'.padStart(7)} ${'errors'.padStart(7)} ${'p50 ms'.padStart(9)} ${'p99 ms'.padStart(9)} ${'max ms'.padStart(9)}`,
  ];
  for (const name of OPERATIONS) {
    const op = report.operations[name];
    if (op === undefined) continue;
    const errors = Object.values(op.errors).reduce((a, b) => a + b, 0);
    const l = op.latency;
    lines.push(
      `  ${name.padEnd(14)} ${String(op.ok).padStart(7)} ${String(errors).padStart(7)} ${l.p50Ms.toFixed(2).padStart(9)} ${l.p99Ms.toFixed(2).padStart(9)} ${l.maxMs.toFixed(2).padStart(9)}`,
    );
  }
  const errors = Object.entries(report.errors);
  if (errors.length > 0) lines.push('', `  errors: ${errors.map(([status, n]) => `${status} ${n}`).join(', ')}`);
  const skipped = OPERATIONS.flatMap((name) =>
    Object.entries(report.operations[name]?.skipped ?? {}).map(([reason, n]) => `${name} ${reason} ${n}`),
  );
  if (skipped.length > 0) lines.push(`  skipped (not sent): ${skipped.join(', ')}`);
  for (const fault of report.faults)
    lines.push(
      `  fault at ${fault.atS} s: ${fault.action} ${fault.target}` +
        (fault.endS === null ? '' : `, undone at ${fault.endS} s`) +
        (fault.recoveryMs === null
          ? ', NOT recovered'
          : `, all ${fault.probedEntities} probed entities answer after ${fault.recoveryMs} ms`),
    );
  lines.push(
    '',
    `consistency: ${consistency.ok ? 'PASS' : 'FAIL'}: ${consistency.ackedWritesFound}/${consistency.ackedWrites} acknowledged writes in the journal, ` +
      `${consistency.records} records of ${consistency.entities} entities, ${consistency.auditTrailsVerified}/${consistency.orgs} audit trails verify`,
    ...consistency.problems.slice(0, 20).map((p) => `  ${p}`),
  );
  return lines.join('\n');
}
