// The HTTP client under the organization's request budget: every request waits for the pacer, and a
// request still refused with 429 after the client's own few retries is sent again (that request only,
// after its Retry-After) instead of failing: a 429 means the server did not process it. Shared by the
// crawl and by applying plans, so both stay under one budget.
import { isApiError } from "../api/api-error";
import { clientFrom, type HttpClient } from "../api/operation-request";
import { waitMs, type Pacer } from "./pacer";

export function pacedClient(client: HttpClient, pacer: Pacer, onRequest?: () => void): HttpClient {
  return clientFrom(async (options) => {
    for (;;) {
      const release = await pacer.acquire(options.signal);
      onRequest?.();
      try {
        return await client.send(options);
      } catch (error) {
        if (!isApiError(error) || error.status !== 429 || options.signal?.aborted) throw error;
        await waitMs((error.retryAfterSeconds ?? 5) * 1000, options.signal);
      } finally {
        release();
      }
    }
  });
}
