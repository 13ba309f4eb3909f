import { describe, expect, it } from "vitest";
import { createPacer } from "./pacer";

function clock() {
  let t = 0;
  return { now: () => t, sleep: async (ms: number) => void (t += ms) };
}

describe("request pacer", () => {
  it("spaces request starts so a minute never holds more than the budget", async () => {
    const c = clock();
    const pacer = createPacer({ perMinute: 120, concurrency: 3, ...c });
    const starts: number[] = [];
    for (let i = 0; i < 5; i++) {
      const release = await pacer.acquire();
      starts.push(c.now());
      release();
    }
    expect(starts).toEqual([0, 500, 1000, 1500, 2000]);
    expect(pacer.started).toBe(5);
  });

  it("keeps at most `concurrency` requests in flight", async () => {
    const pacer = createPacer({ perMinute: 1_000_000, concurrency: 2 });
    const a = await pacer.acquire();
    await pacer.acquire();
    let third = false;
    const pending = pacer.acquire().then((r) => {
      third = true;
      return r;
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(third).toBe(false);
    a();
    (await pending)();
    expect(third).toBe(true);
  });

  it("follows a budget changed mid-crawl", async () => {
    const c = clock();
    const pacer = createPacer({ perMinute: 60, concurrency: 1, ...c });
    (await pacer.acquire())();
    pacer.setBudget(600);
    (await pacer.acquire())();
    (await pacer.acquire())();
    expect(c.now()).toBe(1100);
  });
});
