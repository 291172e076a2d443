import type { DataSource } from "typeorm";
import type { NonEmptyArray } from "type-graphql";
import type { Peers } from "../db/loaders.js";
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
  return {
    entities: features.flatMap((f) => f.entities ?? []),
    resolvers: [first, ...rest],
    references: mergeOwn(features, "reference", (f) => f.references),
    orphanedTypes: features.flatMap((f) => f.orphanedTypes ?? []),
    createLoaders: (ds) => {
      // Keys are known only once the factories run: the first set is checked for a key two
      // features declare; every later one (a set per request) is a plain merge. Each factory gets
      // the set it is merged into (filled by the time any batch runs).
      const loaders: Record<string, unknown> = {};
      if (checked) for (const make of factories) Object.assign(loaders, make(ds, loaders));
      else Object.assign(loaders, mergeOwn(features, "loader", (f) => f.loaders?.(ds, loaders)));
      checked = true;
      // One object holds each feature's keys with their own values (and no key twice, checked
      // above), which is what FeatureLoaders<F> says; the compiler cannot follow a merge of a list.
      return loaders as FeatureLoaders<F>;
    },
  };
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
