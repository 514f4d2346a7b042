import { describe, expect, it } from "vitest";
import { MEMO_LIMIT, memo, memoWeak } from "../../../src/core/text/memo";

describe("the one memo helper", () => {
  it("computes an answer once per key, undefined answers included", () => {
    const asked: string[] = [];
    const f = memo((k: string) => {
      asked.push(k);
      return k === "none" ? undefined : k.length;
    });
    expect([f("ab"), f("ab"), f("none"), f("none")]).toEqual([2, 2, undefined, undefined]);
    expect(asked).toEqual(["ab", "none"]);
  });

  it("forgets everything once it holds MEMO_LIMIT answers, then remembers again", () => {
    let calls = 0;
    const f = memo((k: number) => {
      calls++;
      return k * 2;
    });
    for (let i = 0; i < MEMO_LIMIT; i++) f(i);
    expect(calls).toBe(20_000);
    f(0); // still remembered
    expect(calls).toBe(20_000);
    f(-1); // the cache is full: cleared, then -1 kept
    f(0); // forgotten: computed again
    expect(calls).toBe(20_002);
  });

  it("remembers per object while the object lives", () => {
    let calls = 0;
    const f = memoWeak((o: { n: number }) => {
      calls++;
      return o.n + 1;
    });
    const a = { n: 1 };
    expect([f(a), f(a), f({ n: 1 })]).toEqual([2, 2, 2]);
    expect(calls).toBe(2);
  });
});
