/**
 * What went wrong, as the backend said it: a `ResponseError`'s cause (the
 * serialized server error), else the error's own message.
 */
export function backendMessageOf(error: unknown): string {
  const { cause, message } = (error ?? {}) as {
    cause?: { message?: string };
    message?: string;
  };
  return cause?.message ?? message ?? String(error);
}
