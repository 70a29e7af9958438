import { mockServices } from '@backstage/backend-test-utils';
import { DefaultEventsService } from '@backstage/plugin-events-node';
import {
  concernsLinkedRun,
  SCAFFOLDER_TASK_TOPIC,
  TemplateRunEvents,
} from './TemplateRunEvents';

const ADOPT_IAC = 'template:default/flexinfra-adopt-iac';
const links = new Map([[ADOPT_IAC, ['iac-managed']]]);

/** A payload as the scaffolder publishes on a task's creation or claim. */
function withSpec(templateRef: unknown) {
  return {
    id: 'task-1',
    status: 'open',
    spec: { templateInfo: { entityRef: templateRef }, parameters: {} },
  };
}

describe('concernsLinkedRun', () => {
  it('counts a created or claimed task only when it runs a linked template, in any case', () => {
    expect(concernsLinkedRun(withSpec(ADOPT_IAC), links)).toBe(true);
    expect(
      concernsLinkedRun(
        withSpec('Template:default/FlexInfra-Adopt-IaC'),
        links,
      ),
    ).toBe(true);
    expect(
      concernsLinkedRun(withSpec('template:default/create-react-app'), links),
    ).toBe(false);
    expect(concernsLinkedRun(withSpec(undefined), links)).toBe(false);
  });

  it('counts a completion, cancellation or recovery, which names no template', () => {
    expect(
      concernsLinkedRun({ id: 'task-1', status: 'completed' }, links),
    ).toBe(true);
    expect(
      concernsLinkedRun(
        { id: 7, taskId: 'task-1', status: 'cancelled', body: {} },
        links,
      ),
    ).toBe(true);
  });

  it('ignores a payload that is not an object', () => {
    expect(concernsLinkedRun(undefined, links)).toBe(false);
    expect(concernsLinkedRun('completed', links)).toBe(false);
  });
});

describe('TemplateRunEvents', () => {
  const delayMs = 20;
  const wait = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

  async function setup() {
    const events = DefaultEventsService.create({
      logger: mockServices.logger.mock(),
    });
    const lifecycle = mockServices.lifecycle.mock();
    const read = jest.fn(async () => {});
    const logger = mockServices.logger.mock();
    const listener = new TemplateRunEvents({
      events: events.forPlugin('flexinfra'),
      links,
      read,
      logger,
      delayMs,
    });
    await listener.start(lifecycle);
    const scaffolder = events.forPlugin('scaffolder');
    const publish = (eventPayload: unknown, topic = SCAFFOLDER_TASK_TOPIC) =>
      scaffolder.publish({ topic, eventPayload });
    return { read, publish, listener, lifecycle, logger };
  }

  it("reads once, shortly after a burst of a linked run's events", async () => {
    const { read, publish, listener } = await setup();
    await publish(withSpec(ADOPT_IAC));
    await publish({ ...withSpec(ADOPT_IAC), status: 'processing' });
    await publish({ id: 'task-1', status: 'completed' });
    expect(read).not.toHaveBeenCalled();
    await wait(delayMs * 5);
    expect(read).toHaveBeenCalledTimes(1);

    // A later event reads again.
    await publish({ id: 'task-1', status: 'completed' });
    await wait(delayMs * 5);
    expect(read).toHaveBeenCalledTimes(2);
    await listener.stop();
  });

  it('does not read for a template the model does not link, or another topic', async () => {
    const { read, publish, listener } = await setup();
    await publish(withSpec('template:default/create-react-app'));
    await publish({ id: 'task-1', status: 'completed' }, 'catalog.entity');
    await wait(delayMs * 5);
    expect(read).not.toHaveBeenCalled();
    await listener.stop();
  });

  it('drops a pending read and reads no more once the backend shuts down', async () => {
    const { read, publish, lifecycle } = await setup();
    await publish(withSpec(ADOPT_IAC));
    const [shutdownHook] = lifecycle.addShutdownHook.mock.calls[0];
    await (shutdownHook as () => Promise<void>)();
    await publish(withSpec(ADOPT_IAC));
    await wait(delayMs * 5);
    expect(read).not.toHaveBeenCalled();
  });

  it('logs a read that failed and reads again on the next event', async () => {
    const { read, publish, listener, logger } = await setup();
    read.mockRejectedValueOnce(new Error('scaffolder unreachable'));
    await publish(withSpec(ADOPT_IAC));
    await wait(delayMs * 5);
    await publish({ id: 'task-1', status: 'failed' });
    await wait(delayMs * 5);
    expect(read).toHaveBeenCalledTimes(2);
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('scaffolder unreachable'),
    );
    await listener.stop();
  });
});
