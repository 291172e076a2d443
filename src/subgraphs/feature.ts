import type { DataSource } from "typeorm";
import type { NonEmptyArray } from "type-graphql";
import type { Peers } from "../db/loaders.js";
import type { PlanDeclaration } from "../graphql/planned-execution.js";
import type { ReferenceResolver } from "./define.js";

/** A feature's per-request loaders, by name. */
export type Loaders = Record<string, unknown>;

/**
 * A feature of a subgraph: one folder under src/subgraphs/<subgraph>/ whose index.ts calls
 * `defineFeature({...})`. The subgraph's index.ts lists its features once and `composeFeatures`
 * derives from that list what `defineSubgraph` takes: entities, resolvers, references, orphaned
 * types and the per-request loaders. Services are not part of a feature: they depend on each other,
 * so each subgraph builds them in its `<subgraph>.services.ts`.
 *
 * Generic over its per-request loaders (L) and the context its references take (C).
 */
export interface FeatureDefinition<L extends Loaders, C> {
  /** The feature's name (its folder), for messages. */
  name: string;
  /** Its TypeORM entities (also GraphQL object types). */
  entities?: Function[];
  /** Its resolver classes: queries, field resolvers and mutations. */
  resolvers?: Function[];
  /** `__resolveReference` of each federated entity it resolves. */
  references?: Record<string, ReferenceResolver<C>>;
  /** Types not reachable from the queries that the schema must still hold (entity stubs). */
  orphanedTypes?: Function[];
  /**
   * Its DataLoaders, made fresh for each request from the DataSource and its queries alone (never
   * from services). Their keys are merged into the subgraph's loaders, so they must be unique there.
   * `peers` is that merged set, complete once every factory has run: a loader may prime another
   * feature's with rows it reads beside its own (db/loaders.ts `primable`), never call it.
   */
  loaders?: (ds: DataSource, peers: Peers) => L;
  /**
   * What planned execution may answer in one statement (src/graphql/planned-execution.ts), by
   * "Type.field": a root connection, a link to other rows, a value computed from a row. The same
   * facts as the feature's loaders (the entity, the key, the order); a field declared here is never
   * one with a guard (@Authorized, a middleware) of its own.
   */
  plans?: Readonly<Record<string, PlanDeclaration<C>>>;
}

/** A defined feature (see FeatureDefinition). */
export type Feature<L extends Loaders = Loaders, C = never> = Readonly<FeatureDefinition<L, C>>;

/** Declares a feature. `L` and `C` are inferred from `loaders` and `references`. */
export function defineFeature<L extends Loaders = {}, C = never>(definition: FeatureDefinition<L, C>): Feature<L, C> {
  return definition;
}

/** Any feature, as a subgraph's list holds them. */
type AnyFeature = Feature<Loaders, never>;

/** `A | B` to `A & B`. */
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** The loaders of one feature; `{}` if it has none. */
type LoadersOfFeature<F> = F extends Feature<infer L, infer _C> ? L : never;
/** The context of one feature's references; `never` (none asked) if it has none. */
type ContextOfFeature<F> = F extends Feature<infer _L, infer C> ? C : never;

/** Every loader of a list of features, each key with its own type. */
export type FeatureLoaders<F extends readonly AnyFeature[]> = UnionToIntersection<LoadersOfFeature<F[number]>>;
/** The context the features' references take: what all of them ask for. */
export type FeatureContext<F extends readonly AnyFeature[]> = UnionToIntersection<ContextOfFeature<F[number]>>;

/** What a subgraph derives from its list of features (spread into `defineSubgraph`). */
export interface ComposedFeatures<F extends readonly AnyFeature[]> {
  entities: Function[];
  resolvers: NonEmptyArray<Function>;
  references: Record<string, ReferenceResolver<FeatureContext<F>>>;
  orphanedTypes: Function[];
  plans: Record<string, PlanDeclaration<FeatureContext<F>>>;
  createLoaders(ds: DataSource): FeatureLoaders<F>;
}

/**
 * Derives a subgraph's entities, resolvers, references, orphaned types and loaders from its
 * features, in the list's order (the order of resolvers is the order the schema is built in).
 * Two features declaring the same loader key or the same reference are refused.
 */
export function composeFeatures<const F extends readonly AnyFeature[]>(features: F): ComposedFeatures<F> {
  const resolvers = features.flatMap((f) => f.resolvers ?? []);
  const [first, ...rest] = resolvers;
  if (!first) throw new Error("A subgraph needs at least one resolver among its features");
  const factories = features.flatMap((f) => (f.loaders ? [f.loaders] : []));
  let checked = false;
  /** The prototype of this subgraph's lazy loader sets, per DataSource. */
  const lazySets = new WeakMap<DataSource, object>();
  return {
    entities: features.flatMap((f) => f.entities ?? []),
    resolvers: [first, ...rest],
    references: mergeOwn(features, "reference", (f) => f.references),
    plans: mergeOwn(features, "plan", (f) => f.plans),
    orphanedTypes: features.flatMap((f) => f.orphanedTypes ?? []),
    createLoaders: (ds) => {
      if (!checked) {
        // The first set is made eagerly and checked for a key two features declare.
        const loaders: Record<string, unknown> = {};
        Object.assign(loaders, mergeOwn(features, "loader", (f) => f.loaders?.(ds, loaders)));
        checked = true;
        return loaders as FeatureLoaders<F>;
      }
      // Every later set (one per request) makes a feature's loaders when one of them is first read:
      // a request reads a few of some thirty, and making them all was ~35 µs of every request.
      let proto = lazySets.get(ds);
      if (!proto) lazySets.set(ds, (proto = lazyLoaderSet(ds, factories)));
      // One object holds each feature's keys with their own values (and no key twice, checked
      // above), which is what FeatureLoaders<F> says; the compiler cannot follow a merge of a list.
      return Object.create(proto) as FeatureLoaders<F>;
    },
  };
}

type LoaderFactory = (ds: DataSource, peers: Peers) => Loaders;

/**
 * The prototype of a subgraph's lazy loader sets over one DataSource: for each key a getter that
 * runs the key's feature factory (with the set as its `peers`) and stores every loader it makes on
 * the set itself, where later reads find them. A feature's loaders are made together, so loaders
 * that share state within a feature still do; a factory reads its peers only when a batch runs
 * (FeatureDefinition.loaders), by which time any peer it primes is made on that read.
 */
function lazyLoaderSet(ds: DataSource, factories: LoaderFactory[]): object {
  const proto = Object.create(null) as Record<string, unknown>;
  for (const make of factories) {
    const materialize = (set: Record<string, unknown>) => {
      const made = make(ds, set);
      for (const [key, value] of Object.entries(made)) Object.defineProperty(set, key, { value, writable: true, enumerable: true, configurable: true });
      return made;
    };
    for (const key of Object.keys(make(ds, {}))) {
      Object.defineProperty(proto, key, {
        enumerable: true,
        get(this: Record<string, unknown>) {
          return materialize(this)[key];
        },
      });
    }
  }
  return proto;
}

/** The features' records merged into one object; a key two features declare is an error. */
function mergeOwn<V>(features: readonly AnyFeature[], what: string, part: (f: AnyFeature) => Readonly<Record<string, V>> | undefined): Record<string, V> {
  const merged: Record<string, V> = {};
  const owner = new Map<string, string>();
  for (const f of features) {
    for (const [key, value] of Object.entries(part(f) ?? {})) {
      const other = owner.get(key);
      if (other) throw new Error(`Features "${other}" and "${f.name}" both declare the ${what} "${key}"`);
      owner.set(key, f.name);
      merged[key] = value;
    }
  }
  return merged;
}

/**
 * `true` when each of A and B is assignable to the other. A subgraph's index.ts asserts it of its
 * features' loaders and its context's loaders (filled in by the features), so a feature that is
 * listed but adds no loaders to the context, or adds them but is not listed, does not compile.
 */
export type Interchangeable<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
