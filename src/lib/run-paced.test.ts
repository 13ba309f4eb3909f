import { describe, expect, it } from "vitest";
import { runPaced } from "./run-paced";

describe("paced runs", () => {
  it("never has more than the allowed number of requests in flight and settles every item", async () => {
    let inFlight = 0;
    let peak = 0;
    const results = await runPaced(
      [1, 2, 3, 4, 5, 6, 7],
      async (n) => {
        inFlight += 1;
        peak = Math.max(peak, inFlight);
        await new Promise((r) => setTimeout(r, 5));
        inFlight -= 1;
        if (n === 4) throw new Error("boom");
        return n * 10;
      },
      { concurrency: 3 },
    );
    expect(peak).toBe(3);
    expect(results.map((r) => (r.ok ? r.value : "failed"))).toEqual([10, 20, 30, "failed", 50, 60, 70]);
  });
});
