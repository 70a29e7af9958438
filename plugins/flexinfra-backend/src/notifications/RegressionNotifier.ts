import type { LoggerService } from '@backstage/backend-plugin-api';
import type {
  CompiledModel,
  RefreshRun,
} from '@flexinfra/backstage-plugin-flexinfra-common';
import type { RefreshListener } from '../refresh/RefreshListener';
import {
  buildRegressionNotifications,
  type EntityRegression,
} from './buildRegressionNotifications';
import type { NotificationSender } from './NotificationSender';
import type { NotificationStore } from './NotificationStore';

/**
 * Notifies owners of the entities a refresh made worse: before the commit
 * it reads which staged results regressed (while the previous results and
 * their evidence are still stored), after the commit it sends at most one
 * notification per entity. A run with more than `maxPerRun` of them sends
 * none (a systemic cause, such as an integration that lost access, is no
 * team's regression) and logs a warning.
 *
 * @internal
 */
export class RegressionNotifier implements RefreshListener {
  private pending: { runId: number; regressions: EntityRegression[] } | null =
    null;

  constructor(
    private readonly options: {
      store: NotificationStore;
      sender: NotificationSender;
      model: CompiledModel;
      stageDrop: boolean;
      checkRegression: boolean;
      maxPerRun: number;
      logger: LoggerService;
    },
  ) {}

  async beforeCommit(runId: number): Promise<void> {
    this.pending = null;
    this.pending = {
      runId,
      regressions: await this.options.store.findRegressions(runId),
    };
  }

  async afterCommit(run: RefreshRun): Promise<void> {
    const pending = this.pending;
    this.pending = null;
    if (!pending || pending.runId !== run.id || run.status !== 'succeeded') {
      return;
    }
    const { model, sender, logger, maxPerRun } = this.options;
    const notifications = buildRegressionNotifications({
      regressions: pending.regressions,
      checkTitles: new Map(
        model.definition.checks.map(check => [check.id, check.title]),
      ),
      stageDrop: this.options.stageDrop,
      checkRegression: this.options.checkRegression,
    });
    if (notifications.length > maxPerRun) {
      logger.warn(
        `FlexInfra refresh ${run.id} made ${notifications.length} entities worse, more than ` +
          `flexinfra.notifications.maxPerRefresh (${maxPerRun}): no notification sent`,
      );
      return;
    }
    await sender.send(notifications);
  }
}
