import type { DataSource, EntityManager, MigrationInterface } from "typeorm";
import type { NonEmptyArray } from "type-graphql";
import type { Authentication } from "../auth/auth.service.js";
import type { WriteHooks } from "../db/write-service.js";
import type { Dataset } from "../seed/dataset.schema.js";
import type { ListSizes } from "../graphql/limits.js";
import type { PlanDeclaration } from "../graphql/planned-execution.js";

/**
 * The contract between a subgraph and the rest of the program. A subgraph is one folder under
 * src/subgraphs/ whose index.ts calls `defineSubgraph({...})`; src/subgraphs/registry.ts lists the
 * modules. The composition root (src/root.ts), the command line, config, composition and the tests'
 * helpers loop over that list, so none of them names a subgraph.
 */

/** What the composition root puts in every request's context, whichever subgraph serves it. */
export interface RequestContext {
  requestId: string;
  /** The client's address (the gateway forwards it), for admission. */
  clientIp?: string;
  /** The operation came from this process's gateway, which admitted it already. */
  admitted?: boolean;
  /** Who is calling (an anonymous reader, a key, or an invalid key). */
  auth: Authentication;
}

/** The `__resolveReference` of one federated entity: a representation, and the subgraph's own context. */
export interface ReferenceResolver<C> {
  __resolveReference(representation: Record<string, unknown>, ctx: C): unknown;
}

/** Ids of records, by their GraphQL type. */
export type RecordIds = Record<string, string[]>;

/**
 * A subgraph's part of the dataset file (its top-level key is the subgraph's name): the shipped
 * data, import, export and validation. The functions live in src/seed/; a module wires them in.
 */
export interface DatasetPart<P> {
  /** This subgraph's part of a parsed file. */
  of(file: Dataset): P;
  /** Loads the shipped data (start-up on an empty database, `npm run seed`). */
  seed(ds: DataSource): Promise<void>;
  /** No data yet: start-up seeds it. */
  isEmpty(ds: DataSource): Promise<boolean>;
  /** Reads the whole subgraph back in the dataset format. */
  export(ds: DataSource): Promise<P>;
  /** Writes a checked part: records upserted by id, in one transaction (or within `m`). */
  write(ds: DataSource, part: P, within?: EntityManager): Promise<void>;
  /**
   * Problems with this subgraph's part of a file, each naming its record and field. `stored` holds
   * ids already in the databases that the part may cite (see `citable`); without it, only the file counts.
   */
  validate(file: Dataset, stored?: RecordIds): string[];
  /** Ids of stored records other subgraphs' parts may cite (for `validate`). */
  citable?(ds: DataSource): Promise<RecordIds>;
  /** How many records a part holds (the import mutation's audit entry). */
  count(part: P): number;
  /** What a part holds, for the command line: "12 agreements, 30 sources". */
  summary(part: P): string;
}

/** A command-line flag (node's util.parseArgs): `--name VALUE`, or `--name` alone for a boolean. */
export interface FlagSpec {
  type: "string" | "boolean";
  description: string;
  /** For a string: what to write after it in the usage ("FILE"). */
  value?: string;
  default?: string | boolean;
}

/** The flags given to a command, by name. */
export type FlagValues = Record<string, string | boolean | undefined>;

/**
 * A command of the command line (`node dist/src/main.js NAME`) that works on one subgraph's data.
 * The command line opens the subgraph's migrated DataSource for it, then runs ANALYZE and tells
 * running servers (through Redis) that the data changed.
 */
export interface SubgraphCommand {
  name: string;
  description: string;
  flags: Record<string, FlagSpec>;
  run(ds: DataSource, flags: FlagValues): Promise<void>;
}

/** The environment variables of one subgraph, named after it: <NAME>_PORT, <NAME>_URL, <NAME>_DATABASE_URL. */
export interface SubgraphEnv {
  /** The port its own HTTP server listens on. */
  port: string;
  /** Where the gateway finds it. */
  url: string;
  /** Its database (falls back to DATABASE_URL; unset: the embedded database). */
  databaseUrl: string;
}

/**
 * What a subgraph's folder declares. Generic over its services (S), per-request loaders (L) and
 * resolver context (C): `createContext` must build the context its resolvers and references take.
 */
export interface SubgraphDefinition<N extends string, S, L, C extends RequestContext, P> {
  /** The subgraph's name: in composition, logs, schema/<name>.graphql and the dataset file. */
  name: N;
  /** Default port of its own server (its URL's default is http://127.0.0.1:<port>/graphql). */
  port: number;
  /** Its PostgreSQL schema. */
  databaseSchema: string;
  entities: Function[];
  /** Committed migrations, in order. */
  migrations: (new () => MigrationInterface)[];
  resolvers: NonEmptyArray<Function>;
  /** `__resolveReference` of each federated entity it resolves. */
  references: Record<string, ReferenceResolver<C>>;
  /** The description of `Query` (composition keeps one). */
  queryDescription: string;
  /** Its lists that hold their maximum when `first` is omitted, by `Type.field`, for the cost (ListSizes). */
  listSizes?: ListSizes;
  /** Types not reachable from its queries that its schema must still hold (entity stubs). */
  orphanedTypes?: Function[];
  /** What planned execution answers in one statement, by "Type.field" (FeatureDefinition.plans). */
  plans?: Readonly<Record<string, PlanDeclaration<C>>>;
  /** Its services: one set per process. */
  createServices(ds: DataSource, hooks: WriteHooks): S;
  /** Its loaders: one set per request. */
  createLoaders(ds: DataSource, services: S): L;
  /** A request's context, from what the root knows of the request and this subgraph's services and loaders. */
  createContext(base: RequestContext, services: S, loaders: L): C;
  /** Its part of the dataset file, if it holds data there. */
  dataset?: DatasetPart<P>;
  /** Commands of its own on the command line (src/cli/). */
  commands?: SubgraphCommand[];
}

/** A defined subgraph: its definition, and the environment variables config reads for it. */
export interface SubgraphModule<N extends string, S, L, C extends RequestContext, P> extends SubgraphDefinition<N, S, L, C, P> {
  env: SubgraphEnv;
}

/**
 * Any subgraph, as the composition root and the tools handle them: they only pass a module's own
 * services to its loaders and its own services and loaders to its `createContext`, so they need not
 * know those types. Each module is checked against its own types where it is defined.
 */
export type Subgraph = SubgraphModule<string, unknown, unknown, RequestContext, unknown>;

/** Declares a subgraph module (see SubgraphDefinition); its environment variables are named after it. */
export function defineSubgraph<const N extends string, S, L, C extends RequestContext, P = unknown>(
  definition: SubgraphDefinition<N, S, L, C, P>,
): SubgraphModule<N, S, L, C, P> {
  return { ...definition, env: subgraphEnv(definition.name) };
}

function subgraphEnv(name: string): SubgraphEnv {
  const prefix = name.toUpperCase();
  return { port: `${prefix}_PORT`, url: `${prefix}_URL`, databaseUrl: `${prefix}_DATABASE_URL` };
}
