/** Google's JSON error bodies, as the real APIs send them. */

export interface GoogleErrorSpec {
  code: number;
  message: string;
  reason: string;
  domain?: string;
  status?: string;
  location?: string;
  locationType?: string;
}

const STATUS_NAMES: Record<number, string> = {
  400: "INVALID_ARGUMENT",
  401: "UNAUTHENTICATED",
  403: "PERMISSION_DENIED",
  404: "NOT_FOUND",
  410: "GONE",
  429: "RESOURCE_EXHAUSTED",
  500: "INTERNAL",
  503: "UNAVAILABLE",
};

/**
 * Builds `{"error":{"code","message","errors":[{domain,reason,message}],"status"}}`.
 *
 * @example
 * googleError({ code: 404, message: "Requested entity was not found.", reason: "notFound" });
 */
export function googleError(spec: GoogleErrorSpec): { error: Record<string, unknown> } {
  const item: Record<string, string> = {
    message: spec.message,
    domain: spec.domain ?? "global",
    reason: spec.reason,
  };
  if (spec.location) item.location = spec.location;
  if (spec.locationType) item.locationType = spec.locationType;
  return {
    error: {
      code: spec.code,
      message: spec.message,
      errors: [item],
      status: spec.status ?? STATUS_NAMES[spec.code] ?? "UNKNOWN",
    },
  };
}

/** The canned errors the fake serves. */
export const ERRORS = {
  notFound: (): GoogleErrorSpec => ({
    code: 404,
    message: "Requested entity was not found.",
    reason: "notFound",
  }),
  invalidCredentials: (): GoogleErrorSpec => ({
    code: 401,
    message: "Request had invalid authentication credentials. Expected OAuth 2 access token.",
    reason: "authError",
    location: "Authorization",
    locationType: "header",
  }),
  forbidden: (message: string): GoogleErrorSpec => ({ code: 403, message, reason: "forbidden" }),
  badRequest: (message: string, location?: string): GoogleErrorSpec => ({
    code: 400,
    message,
    reason: "invalidArgument",
    ...(location ? { location, locationType: "parameter" } : {}),
  }),
  rateLimit: (code: 403 | 429, reason: string): GoogleErrorSpec => ({
    code,
    message: reason === "userRateLimitExceeded" ? "User-rate limit exceeded." : "Rate Limit Exceeded",
    reason,
    domain: "usageLimits",
  }),
  backend: (code: number): GoogleErrorSpec => ({
    code,
    message: code === 500 ? "Backend Error" : "The service is currently unavailable.",
    reason: code === 500 ? "backendError" : "backendError",
  }),
  fullSyncRequired: (): GoogleErrorSpec => ({
    code: 410,
    message: "Sync token is no longer valid, a full sync is required.",
    reason: "fullSyncRequired",
    domain: "calendar",
    location: "syncToken",
    locationType: "parameter",
  }),
};
