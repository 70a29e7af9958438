import yaml from 'yaml';
import {
  hasTerraform,
  parseModule,
  resourcesOf,
  tagsOf,
  terraformFmtCheck,
} from './terraform';

/**
 * Checks a generated Terraform module as the issue asks: every file parses
 * (HCL with HashiCorp's parser, the workflow as YAML), every resource that
 * takes tags carries the owner and cost-centre ones, the workflow plans on
 * pull requests and applies on merge to main, and, when terraform is
 * installed, `terraform fmt -check` has nothing to change.
 *
 * @returns the parsed Terraform files, by path
 */
export async function expectValidModule(
  files: Map<string, string>,
  options: { directory: string; workflow: string },
) {
  const moduleFiles = [...files.entries()]
    .filter(([path]) => path.startsWith(`${options.directory}/`))
    .map(([path, content]) => ({ path, content }));
  expect(moduleFiles.map(file => file.path).sort()).toEqual(
    expect.arrayContaining(
      [
        'locals.tf',
        'main.tf',
        'monitoring.tf',
        'outputs.tf',
        'providers.tf',
        'terraform.tfvars',
        'variables.tf',
        'versions.tf',
        'README.md',
      ].map(name => `${options.directory}/${name}`),
    ),
  );

  const parsed = await parseModule(moduleFiles);
  const locals = Object.values(parsed).find(file => file.locals)?.locals[0];
  expect(locals.tags).toMatchObject({
    owner: '${var.owner}',
    'cost-center': '${var.cost_center}',
  });
  const resources = resourcesOf(parsed);
  expect(resources.length).toBeGreaterThan(0);
  for (const resource of resources) {
    const tags = tagsOf(resource);
    if (tags !== undefined) {
      expect({ resource: `${resource.type}.${resource.name}`, tags }).toEqual({
        resource: `${resource.type}.${resource.name}`,
        tags: resource.type.startsWith('aws_')
          ? '${local.tags}'
          : '${local.labels}',
      });
    }
  }
  if (resources.some(resource => resource.type.startsWith('kubernetes_'))) {
    expect(locals.labels).toMatchObject({
      owner: '${var.owner_label}',
      'cost-center': '${var.cost_center}',
    });
  }
  // Monitoring and alerting: alarms that notify the alerts topic.
  const alarms = resources.filter(
    resource => resource.type === 'aws_cloudwatch_metric_alarm',
  );
  expect(alarms.length).toBeGreaterThan(0);
  for (const alarm of alarms) {
    expect(alarm.body.alarm_actions).toEqual(['${aws_sns_topic.alerts.arn}']);
  }

  const workflow = yaml.parse(files.get(options.workflow)!);
  expect(workflow.on.pull_request.paths).toContain(`${options.directory}/**`);
  expect(workflow.on.push.branches).toEqual(['main']);
  const runs = (job: { steps: Array<{ run?: string }> }) =>
    job.steps.flatMap(step => (step.run ? [step.run] : []));
  expect(workflow.jobs.plan.if).toBe("github.event_name == 'pull_request'");
  expect(runs(workflow.jobs.plan)).toEqual(
    expect.arrayContaining([
      'terraform fmt -check -diff',
      'terraform validate',
      expect.stringMatching(/^terraform plan /),
    ]),
  );
  expect(workflow.jobs.apply.if).toBe(
    "github.event_name == 'push' && github.ref == 'refs/heads/main'",
  );
  expect(runs(workflow.jobs.apply)).toContainEqual(
    expect.stringMatching(/^terraform apply /),
  );
  expect(workflow.defaults.run['working-directory']).toBe(options.directory);

  if (hasTerraform) {
    expect(await terraformFmtCheck(moduleFiles)).toEqual([]);
  }
  return parsed;
}
