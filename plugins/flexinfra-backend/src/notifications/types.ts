import type { NotificationPayload } from '@backstage/plugin-notifications-common';

/**
 * Why FlexInfra notifies. Each cause has its topic (users mute a topic in
 * the notifications settings) and its own rule for when it is sent again.
 *
 * @internal
 */
export type NotificationCause =
  | 'stage-drop'
  | 'check-regression'
  | 'campaign-milestone'
  | 'campaign-behind'
  | 'waiver-expiring';

/**
 * The notification topic of each cause.
 *
 * @internal
 */
export const NOTIFICATION_TOPICS: Record<NotificationCause, string> = {
  'stage-drop': 'flexinfra.stage-drop',
  'check-regression': 'flexinfra.check-regression',
  'campaign-milestone': 'flexinfra.campaign',
  'campaign-behind': 'flexinfra.campaign',
  'waiver-expiring': 'flexinfra.waiver-expiring',
};

/**
 * A notification to send, with what makes it new: it is sent when one of
 * its keys was not sent before for its cause and subject.
 *
 * @internal
 */
export interface PendingNotification {
  cause: NotificationCause;
  /** The entity ref or campaign id it is about. */
  subject: string;
  /** E.g. the refresh run, the milestones reached, the waivers expiring. */
  keys: string[];
  /** Entity refs: users, groups (their members), or entities (their owner's). */
  recipients: string[];
  payload: NotificationPayload;
}

/**
 * The scope of a notification: the notifications backend keeps one
 * notification per scope and user, updating it (unread again) when another
 * is sent, so a user's inbox holds the latest of each cause per subject.
 *
 * @internal
 */
export function notificationScope(
  cause: NotificationCause,
  subject: string,
): string {
  return `flexinfra:${cause}:${subject}`;
}

/**
 * The entity's Flexibility tab in the app (`/catalog/:namespace/:kind/:name/flexibility`).
 *
 * @internal
 */
export function flexibilityTabLink(entityRef: string): string {
  const { kind, namespace, name } = splitRef(entityRef);
  return `/catalog/${encodeURIComponent(namespace)}/${encodeURIComponent(
    kind,
  )}/${encodeURIComponent(name)}/flexibility`;
}

/**
 * A campaign's page in the app, below the FlexInfra page.
 *
 * @internal
 */
export function campaignLink(campaignId: string): string {
  return `/flexinfra/campaigns/${encodeURIComponent(campaignId)}`;
}

/**
 * The parts of a full entity ref `kind:namespace/name`.
 *
 * @internal
 */
export function splitRef(entityRef: string): {
  kind: string;
  namespace: string;
  name: string;
} {
  const colon = entityRef.indexOf(':');
  const slash = entityRef.indexOf('/', colon + 1);
  return {
    kind: entityRef.slice(0, colon),
    namespace: entityRef.slice(colon + 1, slash),
    name: entityRef.slice(slash + 1),
  };
}

/** A share (0–1) as a whole percentage. */
export function percent(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100)}%`;
}
