/** Names of the errors the Backstage error middleware sends, by HTTP status. */
const STATUS_BY_ERROR_NAME: Record<string, number> = {
  NotAllowedError: 403,
  ConflictError: 409,
  NotFoundError: 404,
  AuthenticationError: 401,
};

/**
 * The HTTP status behind an error thrown by the FlexInfra client, if it can
 * tell: a `ResponseError`'s status code, else the status named by the
 * error (or its cause, the serialized server error).
 */
export function httpStatusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) {
    return undefined;
  }
  const candidate = error as {
    statusCode?: unknown;
    response?: { status?: unknown; statusCode?: unknown };
    name?: unknown;
    cause?: { name?: unknown };
  };
  for (const status of [
    candidate.statusCode,
    candidate.response?.status,
    candidate.response?.statusCode,
  ]) {
    if (typeof status === 'number') {
      return status;
    }
  }
  for (const name of [candidate.name, candidate.cause?.name]) {
    if (typeof name === 'string' && name in STATUS_BY_ERROR_NAME) {
      return STATUS_BY_ERROR_NAME[name];
    }
  }
  return undefined;
}
