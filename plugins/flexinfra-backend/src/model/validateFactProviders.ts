import { BUILT_IN_FACTS } from '@flexinfra/backstage-plugin-flexinfra-common';
import type { FlexInfraFactProvider } from '@flexinfra/backstage-plugin-flexinfra-node';

const PROVIDER_ID = /^[a-zA-Z][a-zA-Z0-9]*(-[a-zA-Z0-9]+)*$/;

/**
 * Checks the fact providers that modules added: each needs a usable,
 * distinct id that does not shadow a built-in fact, and a getFacts function.
 * Throws (stopping start-up) naming the offending provider.
 */
export function validateFactProviders(providers: FlexInfraFactProvider[]) {
  const seen = new Set<string>();
  for (const [index, provider] of providers.entries()) {
    const where = `FlexInfra fact provider #${index + 1}`;
    if (typeof provider?.id !== 'string' || !PROVIDER_ID.test(provider.id)) {
      throw new Error(
        `${where} has an invalid id ${JSON.stringify(
          provider?.id,
        )}: use letters and digits, words joined by dashes`,
      );
    }
    if (BUILT_IN_FACTS.includes(provider.id)) {
      throw new Error(
        `${where} may not be called '${
          provider.id
        }': that is a built-in fact (${BUILT_IN_FACTS.join(', ')})`,
      );
    }
    if (seen.has(provider.id)) {
      throw new Error(
        `${where}: another provider is also called '${provider.id}'`,
      );
    }
    if (typeof provider.getFacts !== 'function') {
      throw new Error(`${where} ('${provider.id}') has no getFacts function`);
    }
    seen.add(provider.id);
  }
}
