import type { DataSource } from "typeorm";
import { describe, expect, expectTypeOf, it } from "vitest";
import { composeFeatures, defineFeature } from "../../src/subgraphs/feature.js";

// These features' loaders never touch the DataSource.
const ds = {} as DataSource;

class A {}
class B {}

describe("composeFeatures", () => {
  const one = defineFeature({ name: "one", entities: [A], resolvers: [A], loaders: () => ({ a: 1 }), references: { A: { __resolveReference: () => null } } });
  const two = defineFeature({ name: "two", entities: [B], resolvers: [B], orphanedTypes: [B], loaders: () => ({ b: "x" }) });

  it("derives entities, resolvers, references and orphaned types in the list's order", () => {
    const f = composeFeatures([one, two]);
    expect(f.entities).toEqual([A, B]);
    expect(f.resolvers).toEqual([A, B]);
    expect(f.orphanedTypes).toEqual([B]);
    expect(Object.keys(f.references)).toEqual(["A"]);
  });

  it("merges the features' loaders, each key with its own type", () => {
    const loaders = composeFeatures([one, two]).createLoaders(ds);
    expect(loaders).toEqual({ a: 1, b: "x" });
    expectTypeOf(loaders).toEqualTypeOf<{ a: number } & { b: string }>();
  });

  it("builds a fresh set of loaders each time, the same after the first", () => {
    let n = 0;
    const counted = defineFeature({ name: "counted", resolvers: [B], loaders: () => ({ c: ++n }) });
    const composed = composeFeatures([one, counted]);
    expect(composed.createLoaders(ds)).toEqual({ a: 1, c: 1 });
    const second = composed.createLoaders(ds);
    const third = composed.createLoaders(ds);
    expect([second.a, second.c, second.c]).toEqual([1, n, n]);
    expect(third.c).toBe(n); // made when read: after the second set's
    expect(third.c).not.toBe(second.c);
  });

  it("after the first set, makes a feature's loaders when one of them is first read, all of them at once, with the set as peers", () => {
    const made: string[] = [];
    const pair = defineFeature({ name: "pair", resolvers: [A], loaders: () => (made.push("pair"), { p: { n: made.length }, q: { n: made.length } }) });
    // Reads a peer only when "a batch runs", as loaders do (db/loaders.ts primable).
    const reader = defineFeature({ name: "reader", resolvers: [B], loaders: (_ds, peers) => (made.push("reader"), { r: () => peers.p }) });
    const composed = composeFeatures([pair, reader]);
    composed.createLoaders(ds); // the first set, eager and checked
    const set = composed.createLoaders(ds);
    made.length = 0;
    expect(made).toEqual([]); // nothing made until read
    const r = set.r;
    expect(made).toEqual(["reader"]);
    expect(r()).toBe(set.p); // the peer, made on that read, is the set's own
    expect(made).toEqual(["reader", "pair"]);
    expect(set.q).toBe(set.q);
    expect(set.p.n).toBe(set.q.n); // one factory call made both
    expect(made).toEqual(["reader", "pair"]);
    expect(Object.keys(set).sort()).toEqual(["p", "q", "r"]);
  });

  it("refuses a loader key two features declare", () => {
    const again = defineFeature({ name: "again", resolvers: [B], loaders: () => ({ a: 2 }) });
    expect(() => composeFeatures([one, again]).createLoaders(ds)).toThrow(/"one" and "again" both declare the loader "a"/);
  });

  it("refuses a subgraph without resolvers", () => {
    expect(() => composeFeatures([defineFeature({ name: "empty" })])).toThrow(/at least one resolver/);
  });
});
