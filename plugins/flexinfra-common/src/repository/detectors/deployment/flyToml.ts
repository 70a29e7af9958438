import type { Detector, Finding } from '../../types';
import {
  arrayOf,
  countOf,
  isObject,
  textOf,
  type PlainObject,
} from './objects';
import { baseName, isIgnoredPath } from './paths';

/** Whether Fly Proxy stops (or suspends) idle Machines for a service. */
function autoStops(service: PlainObject): boolean | undefined {
  const value = service.auto_stop_machines;
  if (value === true || value === 'stop' || value === 'suspend') {
    return true;
  }
  if (value === false || value === 'off') {
    return false;
  }
  return undefined;
}

/** The `[http_service]` and `[[services]]` sections of a fly.toml. */
function servicesOf(config: PlainObject): PlainObject[] {
  return [config.http_service, ...arrayOf(config.services)].filter(isObject);
}

/**
 * Fly.io apps: a `fly.toml` (or `fly.<name>.toml`) with an `app`, a
 * `primary_region` or an `[http_service]`. Deployment on Fly.io; Fly
 * Proxy's autostop/autostart (`auto_start_machines`,
 * `auto_stop_machines`), which starts and stops Machines on requests;
 * `min_machines_running` ≥ 2 as redundancy; `primary_region` as region.
 */
export const flyTomlDetector: Detector = {
  id: 'fly-toml',
  wants: path =>
    /^fly(\.[^/]+)?\.toml$/.test(baseName(path)) && !isIgnoredPath(path)
      ? 'toml'
      : undefined,
  detect: ({ files }) => {
    const findings: Finding[] = [];
    for (const file of files) {
      if (file.as !== 'toml') {
        continue;
      }
      const config = file.value;
      const region = textOf(config.primary_region);
      if (!textOf(config.app) && !region && !isObject(config.http_service)) {
        continue;
      }
      const { path } = file;
      findings.push({
        fact: 'deployment',
        kind: 'fly',
        label: 'a Fly.io app',
        path,
      });
      if (region) {
        findings.push({
          fact: 'regions',
          kind: 'fly',
          label: 'a Fly.io primary region',
          path,
          values: [region],
        });
      }
      const services = servicesOf(config);
      const configured = services.filter(
        service =>
          autoStops(service) !== undefined ||
          typeof service.auto_start_machines === 'boolean',
      );
      if (configured.length > 0) {
        const scales = configured.some(
          service =>
            autoStops(service) === true || service.auto_start_machines === true,
        );
        findings.push({
          fact: 'autoscaling',
          kind: 'fly',
          label: 'Fly.io autostop/autostart',
          path,
          demandDriven: true,
          ...(scales
            ? {}
            : {
                disabled:
                  'auto_start_machines and auto_stop_machines are both off',
              }),
        });
      }
      if (
        services.some(
          service => (countOf(service.min_machines_running) ?? 0) >= 2,
        )
      ) {
        findings.push({
          fact: 'redundancy',
          kind: 'replicas',
          label: 'two or more replicas',
          path,
        });
      }
    }
    return findings;
  },
};
