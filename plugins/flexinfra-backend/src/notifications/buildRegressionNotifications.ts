import {
  MATURITY_STAGES,
  type CheckEvidence,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import {
  flexibilityTabLink,
  notificationScope,
  NOTIFICATION_TOPICS,
  type NotificationCause,
  type PendingNotification,
} from './types';

/**
 * An entity whose result got worse in a refresh run under the same model
 * version as its previous result: its stage dropped, or checks that passed
 * (or were waived) now fail.
 *
 * @internal
 */
export interface EntityRegression {
  entityRef: string;
  title: string | null;
  ownerRef: string | null;
  runId: number;
  fromStage: number | null;
  toStage: number | null;
  /** The checks that fail now and did not, with the evidence they had. */
  failed: Array<{
    id: string;
    from: 'pass' | 'waived';
    evidence: CheckEvidence[];
  }>;
}

/**
 * The notifications of a refresh run's regressions: at most one per entity,
 * to its owner. A stage drop is told as one (listing the checks now failing
 * and the evidence that disappeared); a check that passed and now fails,
 * without a drop, as a check regression. Pure.
 *
 * @internal
 */
export function buildRegressionNotifications(options: {
  regressions: EntityRegression[];
  /** Titles of the model's checks, by id. */
  checkTitles: ReadonlyMap<string, string>;
  stageDrop: boolean;
  checkRegression: boolean;
}): PendingNotification[] {
  const { regressions, checkTitles } = options;
  const notifications: PendingNotification[] = [];
  for (const regression of regressions) {
    const dropped =
      regression.fromStage !== null &&
      regression.toStage !== null &&
      regression.toStage < regression.fromStage;
    if (dropped && options.stageDrop) {
      notifications.push(stageDrop(regression, checkTitles));
      continue;
    }
    const nowFailing = regression.failed.filter(check => check.from === 'pass');
    if (nowFailing.length > 0 && options.checkRegression) {
      notifications.push(
        checkRegression({ ...regression, failed: nowFailing }, checkTitles),
      );
    }
  }
  return notifications;
}

function stageDrop(
  regression: EntityRegression,
  checkTitles: ReadonlyMap<string, string>,
): PendingNotification {
  const from = regression.fromStage!;
  const to = regression.toStage!;
  const name = displayName(regression);
  return notification('stage-drop', regression, {
    title: `${name} dropped from stage ${from} to stage ${to}`,
    description: [
      `${name} is now at stage ${to}, ${stageName(to)} (was ${stageName(
        from,
      )}).`,
      describeFailed(regression, checkTitles),
    ]
      .filter(Boolean)
      .join(' '),
    severity: 'high',
  });
}

function checkRegression(
  regression: EntityRegression,
  checkTitles: ReadonlyMap<string, string>,
): PendingNotification {
  const name = displayName(regression);
  const count = regression.failed.length;
  const first = titleOf(regression.failed[0].id, checkTitles);
  return notification('check-regression', regression, {
    title:
      count === 1
        ? `${name} no longer passes “${first}”`
        : `${name} no longer passes ${count} checks`,
    description: describeFailed(regression, checkTitles),
    severity: 'normal',
  });
}

function notification(
  cause: NotificationCause,
  regression: EntityRegression,
  text: {
    title: string;
    description: string;
    severity: 'high' | 'normal';
  },
): PendingNotification {
  return {
    cause,
    subject: regression.entityRef,
    keys: [`run:${regression.runId}`],
    recipients: [regression.ownerRef ?? regression.entityRef],
    payload: {
      ...text,
      link: flexibilityTabLink(regression.entityRef),
      topic: NOTIFICATION_TOPICS[cause],
      scope: notificationScope(cause, regression.entityRef),
    },
  };
}

/** "Now failing: Title (id): evidence gone: … ; Other (id): its waiver expired." */
function describeFailed(
  regression: EntityRegression,
  checkTitles: ReadonlyMap<string, string>,
): string {
  if (regression.failed.length === 0) {
    return '';
  }
  const parts = [...regression.failed]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(check => {
      const title = `${titleOf(check.id, checkTitles)} (${check.id})`;
      if (check.from === 'waived') {
        return `${title}: its waiver expired`;
      }
      if (check.evidence.length === 0) {
        return `${title}: its evidence is gone`;
      }
      return `${title}: evidence gone: ${check.evidence
        .map(evidence => `${evidence.text} (${evidence.origin})`)
        .join('; ')}`;
    });
  return `Now failing: ${parts.join('. ')}.`;
}

function titleOf(id: string, checkTitles: ReadonlyMap<string, string>) {
  return checkTitles.get(id) ?? id;
}

function displayName(regression: EntityRegression): string {
  return (
    regression.title ??
    regression.entityRef.slice(regression.entityRef.indexOf('/') + 1)
  );
}

function stageName(stage: number): string {
  return MATURITY_STAGES.find(s => s.number === stage)?.name ?? `${stage}`;
}
