import { describe, expect, it } from "vitest";
import { latestSaver } from "./latest-saver";

/** A store whose writes finish only when told to. */
function slowStore() {
  const written: number[] = [];
  const open: (() => void)[] = [];
  return {
    written,
    save: (value: number) =>
      new Promise<void>((resolve) => {
        open.push(() => {
          written.push(value);
          resolve();
        });
      }),
    finishOne: async () => {
      open.shift()?.();
      await new Promise((r) => setTimeout(r, 0));
    },
    pending: () => open.length,
  };
}

describe("saving only the newest progress", () => {
  it("folds the commits made during a write into one write of the newest, in order", async () => {
    const store = slowStore();
    const saver = latestSaver(store.save);
    const first = saver.commit(1);
    const second = saver.commit(2);
    const third = saver.commit(3);
    expect(store.pending()).toBe(1);
    await store.finishOne();
    await first;
    // 2 and 3 were made while 1 was being written: only 3 is written next.
    expect(store.pending()).toBe(1);
    await store.finishOne();
    await Promise.all([second, third]);
    expect(store.written).toEqual([1, 3]);
    await expect(saver.settled()).resolves.toBeUndefined();
  });

  it("tells a commit it is stored only once a value at least as new is", async () => {
    const store = slowStore();
    const saver = latestSaver(store.save);
    let secondStored = false;
    void saver.commit(1);
    void saver.commit(2).then(() => (secondStored = true));
    await store.finishOne();
    expect(store.written).toEqual([1]);
    expect(secondStored).toBe(false);
    await store.finishOne();
    expect(secondStored).toBe(true);
  });

  it("passes a failed write on to every commit waiting and every one after", async () => {
    const saver = latestSaver(async (n: number) => {
      if (n === 2) throw new Error("quota exceeded");
    });
    await saver.commit(1);
    await expect(saver.commit(2)).rejects.toThrow("quota exceeded");
    await expect(saver.commit(3)).rejects.toThrow("quota exceeded");
  });
});
