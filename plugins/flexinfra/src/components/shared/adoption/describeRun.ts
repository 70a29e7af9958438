import type { AdoptionRun } from '../../../api';

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});

/** A day as "12 Dec". */
export function shortDay(iso: string): string {
  return dayFormat.format(new Date(iso));
}

/** The template's name: `flexinfra-adopt-iac` for its ref. */
export function templateName(templateRef: string): string {
  return templateRef.slice(templateRef.lastIndexOf('/') + 1);
}

function days(count: number): string {
  const rounded = Math.round(count * 10) / 10;
  return rounded === 1 ? '1 day' : `${rounded} days`;
}

/**
 * What came of a template run, in a line:
 * "flexinfra-adopt-iac, 12 Dec: iac-managed now passes (2 days later)".
 */
export function describeRun(
  run: AdoptionRun,
  options: { fixWindowDays?: number } = {},
): string {
  const head = `${templateName(run.templateRef)}, ${shortDay(run.createdAt)}`;
  switch (run.outcome) {
    case 'fixed':
      return `${head}: ${run.fixedChecks
        .map(check => check.id)
        .join(', ')} now ${run.fixedChecks.length === 1 ? 'passes' : 'pass'}${
        run.daysToFix === null ? '' : ` (${days(run.daysToFix)} later)`
      }`;
    case 'pending':
      return `${head}: no fix seen yet`;
    case 'no-fix':
      return `${head}: no fix${
        options.fixWindowDays ? ` within ${days(options.fixWindowDays)}` : ''
      }`;
    case 'failed':
      return `${head}: the run ${run.status}`;
    default:
      return `${head}: running`;
  }
}
