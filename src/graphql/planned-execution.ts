import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  isEnumType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type DocumentNode,
  type ExecutionResult,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLLeafType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
} from "graphql";
import type { DataSource, EntityTarget, ObjectLiteral } from "typeorm";
import { columnOf, jsonByKeys, jsonLookup, jsonRows, KEY_VALUE, MAX_JSON_KEYS, type JsonField, type JsonLink, type JsonLookup, type JsonRows, type JsonShape, type JsonValue } from "../db/json-select.js";
import { guardedFields } from "./build-subgraph-schema.js";
import type { ConnectionShape } from "./pagination.js";
import { DateScalar } from "./scalars.js";

/**
 * Planned execution (#14): a read whose whole selection the data layer can answer in one statement
 * is answered that way, without a resolver per field. A page of 20 agreements with their parties,
 * countries, ratification stages and topics was 4 statements, ~400 rows turned into entities and
 * ~300 resolver calls; planned, it is one statement whose rows are the page's nodes as JSON, built
 * by PostgreSQL (db/json-select.ts), as PostGraphile plans a request.
 *
 * What is planned is declared by the features, beside their loaders and from the same facts
 * (FeatureDefinition.plans): a root connection and the service function that pages it, a root
 * look-up (a country by its code) and the function that finds it, the links
 * between objects (a party's country, an agreement's topics), and the few values computed from a
 * row. A field is planned when it is one of those, or a plain stored column (a field with no
 * resolver of its own, build-subgraph-schema.ts `readColumnsDirectly`). Anything else in an
 * operation (an argument on a nested field, a directive, an abstract type, a field with a resolver
 * of its own, a mutation) leaves the whole operation to the resolvers, as do errors: a planned run
 * that throws (a bad argument, a database error) runs again on the resolvers, which report it as
 * they always do. So the planned answers are the resolvers' answers; tests/federation/planned-execution.test.ts
 * compares both over every plannable shape.
 */

/** A root connection that can be planned: its node entity, the arguments a plan passes on, and how to read a page. */
export interface PlannedConnection<C> {
  kind: "connection";
  node: EntityTarget<ObjectLiteral>;
  /** The arguments the page function takes as the resolver does; an operation giving any other is not planned. */
  args: readonly string[];
  page(context: C, args: Record<string, unknown>, nodes: JsonRows): Promise<ConnectionShape<ObjectLiteral>>;
}

/**
 * A root field that finds one object by its arguments (a country by its code): its entity, the
 * arguments a plan passes on, and how to find it as the resolver does, reading the object through
 * `rows` (db/json-select.ts `jsonLookup`) instead of a loader. Null: not found.
 */
export interface PlannedLookup<C> {
  kind: "lookup";
  node: EntityTarget<ObjectLiteral>;
  /** The arguments `find` takes as the resolver does; an operation giving any other is not planned. */
  args: readonly string[];
  find(context: C, args: Record<string, unknown>, rows: JsonLookup): Promise<ObjectLiteral | null>;
}

/**
 * Federation's `_entities` (declared as "Query._entities"): the entity types this subgraph extends
 * and knows by a key alone (the corridors subgraph's Country, by its code), with the key field and
 * the key as the type's reference resolver reads it from a representation. An operation whose
 * representations are all of one such type is planned over their keys (json-select.ts `jsonByKeys`).
 */
export interface PlannedEntities {
  kind: "entities";
  types: Readonly<Record<string, { key: string; keyOf(representation: Record<string, unknown>): string }>>;
}

/** What a feature may declare for one "Type.field". */
export type PlanDeclaration<C> = JsonLink | JsonValue | PlannedConnection<C> | PlannedLookup<C> | PlannedEntities;

/** An operation answered by a plan; null from `run` means "run it on the resolvers instead". */
export interface PlannedOperation {
  run(context: unknown, variables: Record<string, unknown> | undefined): Promise<ExecutionResult | null>;
}

/** Plans an operation of a document once (null: not plannable). */
export type OperationPlanner = (document: DocumentNode, operationName: string | null) => PlannedOperation | null;

/** A planned `_entities`: the one type its representations must be, their keys, and the objects read by key. */
interface Entities {
  typename: string;
  keyOf(representation: Record<string, unknown>): string;
  read(keys: string[]): Promise<unknown[]>;
}

/** What a connection's value gives each response key, read from the connection object the service returns. */
type Projection =
  | { key: string; kind: "constant"; value: string }
  | { key: string; kind: "leaf"; name: string; type: GraphQLLeafType }
  | { key: string; kind: "nodes"; name: string }
  | { key: string; kind: "object"; name: string; fields: Projection[] };

/** Column types whose values GraphQL's built-in scalars serialize as PostgreSQL writes them in JSON. */
const INTEGER = new Set(["int", "integer", "smallint"]);
const FLOAT = new Set([...INTEGER, "double precision", "float", "real", "numeric"]);
const TEXT = new Set(["varchar", "character varying", "text", "uuid", "enum", "char"]);
/** Column types a String or ID field shows as their text (`::text` gives what pg's parser and String() give). */
const AS_TEXT = new Set([...INTEGER, "bigint", "numeric", "date"]);

export function createPlanner<C>(schema: GraphQLSchema, ds: DataSource, declarations: Readonly<Record<string, PlanDeclaration<C>>>): OperationPlanner {
  // A guarded field (@Authorized, a middleware) runs on its resolver, whatever is declared for it.
  const guarded = guardedFields();
  const declared = (type: GraphQLObjectType, field: string) => (guarded.has(`${type.name}.${field}`) ? undefined : declarations[`${type.name}.${field}`]);

  /** The fields of a selection set on `type`, fragments spread; null where a plan cannot follow it. */
  function collect(type: GraphQLObjectType, set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, out: FieldNode[] = []): FieldNode[] | null {
    for (const s of set.selections) {
      if (s.directives?.length) return null;
      if (s.kind === Kind.FIELD) out.push(s);
      else {
        const fragment = s.kind === Kind.INLINE_FRAGMENT ? s : fragments.get(s.name.value);
        if (!fragment || (fragment.typeCondition && fragment.typeCondition.name.value !== type.name)) return null;
        if (!collect(type, fragment.selectionSet, fragments, out)) return null;
      }
    }
    // A response key asked twice is merged by GraphQL; a plan does not merge.
    const keys = out.map((f) => f.alias?.value ?? f.name.value);
    return new Set(keys).size === keys.length ? out : null;
  }

  /** A stored column's JSON field, where its value serializes as the GraphQL type says. */
  function columnField(key: string, def: GraphQLField<unknown, unknown>, entity: EntityTarget<ObjectLiteral>): JsonField | null {
    const c = columnOf(ds, entity, def.name);
    if (!c || c.isArray || c.transformer || c.embeddedMetadata) return null;
    // A non-null field over a nullable column would be an error on the resolvers, a null here.
    if (isNonNullType(def.type) && c.isNullable) return null;
    const type = getNullableType(def.type);
    if (isListType(type)) return null;
    const columnType = String(c.type);
    if (isEnumType(type)) {
      if (columnType !== "enum" || (c.enum ?? []).some((v) => typeof v === "number")) return null;
      const values = type.getValues();
      const names = new Map(values.map((v) => [String(v.value), v.name]));
      return { key, column: def.name, ...([...names].some(([value, name]) => value !== name) ? { names } : {}) };
    }
    switch (type.name) {
      case "String":
      case "ID":
        return TEXT.has(columnType) ? { key, column: def.name } : AS_TEXT.has(columnType) ? { key, column: def.name, text: true } : null;
      case "Int":
        return INTEGER.has(columnType) ? { key, column: def.name } : null;
      case "Float":
        return FLOAT.has(columnType) ? { key, column: def.name } : null;
      case "Boolean":
        return columnType === "boolean" ? { key, column: def.name } : null;
      default:
        return type.name === DateScalar.name && columnType === "date" ? { key, column: def.name } : null;
    }
  }

  /** The JSON shape of a selection on `type` over rows of `entity`; null where any field cannot be planned. */
  function shapeOf(type: GraphQLObjectType, entity: EntityTarget<ObjectLiteral>, set: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>): JsonShape | null {
    if (!set) return null;
    const fields = collect(type, set, fragments);
    return fields && shapeOfFields(type, entity, fields, fragments);
  }

  /**
   * The JSON shape of `fields` of `type`: over rows of `entity`, or, with `entity` null, over a key
   * alone, where `keyField` is the key and other fields must be declared links.
   */
  function shapeOfFields(type: GraphQLObjectType, entity: EntityTarget<ObjectLiteral> | null, fields: FieldNode[], fragments: Map<string, FragmentDefinitionNode>, keyField?: string): JsonShape | null {
    if (fields.length > MAX_JSON_KEYS) return null;
    const out: JsonField[] = [];
    for (const f of fields) {
      const key = f.alias?.value ?? f.name.value;
      if (f.name.value === "__typename") {
        out.push({ key, constant: type.name });
        continue;
      }
      const def = type.getFields()[f.name.value];
      if (!def || f.arguments?.length) return null;
      if (!entity && def.name === keyField) {
        if (f.selectionSet) return null;
        out.push({ key, value: KEY_VALUE });
        continue;
      }
      const d = declared(type, def.name);
      if (d && d.kind === "value") {
        if (!isLeafType(getNamedType(def.type)) || f.selectionSet) return null;
        out.push({ key, value: d });
      } else if (d && d.kind !== "connection" && d.kind !== "lookup" && d.kind !== "entities") {
        const field = linkField(key, def, d, entity, f, fragments);
        if (!field) return null;
        out.push(field);
      } else if (!d && entity && def.resolve === undefined) {
        const field = columnField(key, def, entity);
        if (!field) return null;
        out.push(field);
      } else return null;
    }
    return { entity, fields: out };
  }

  function linkField(key: string, def: GraphQLField<unknown, unknown>, link: JsonLink, entity: EntityTarget<ObjectLiteral> | null, f: FieldNode, fragments: Map<string, FragmentDefinitionNode>): JsonField | null {
    const named = getNamedType(def.type);
    if (!isObjectType(named)) return null;
    const type = getNullableType(def.type);
    const many = link.kind === "children" || link.kind === "through";
    if (isListType(type) !== many) return null;
    const over = link.kind === "same" ? entity : link.entity;
    if (link.kind === "one" || link.kind === "same") {
      // An object made of a key alone has no row for such a link to read a column of, or to be.
      if (!entity) return null;
      if (link.kind === "one" && isNonNullType(def.type) && columnOf(ds, entity, link.via)?.isNullable !== false) return null;
    }
    const shape = over && shapeOf(named, over, f.selectionSet, fragments);
    return shape ? { key, link, shape } : null;
  }

  /**
   * `_entities` over representations of one declared type: what its fragments select on that type,
   * read over the representations' keys (null: not plannable).
   */
  function entitiesPlan(d: PlannedEntities, set: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>): Entities | null {
    if (!set) return null;
    let typename: string | null = null;
    const fields: FieldNode[] = [];
    for (const s of set.selections) {
      if (s.directives?.length) return null;
      // On the union, only __typename is a field.
      if (s.kind === Kind.FIELD) {
        if (s.name.value !== "__typename") return null;
        fields.push(s);
        continue;
      }
      const fragment = s.kind === Kind.INLINE_FRAGMENT ? s : fragments.get(s.name.value);
      const on = fragment?.typeCondition?.name.value;
      if (!fragment || !on || (typename && on !== typename) || !d.types[on]) return null;
      typename = on;
      const type = schema.getType(on);
      const inner = isObjectType(type) ? collect(type, fragment.selectionSet, fragments) : null;
      if (!inner) return null;
      fields.push(...inner);
    }
    const type = typename ? schema.getType(typename) : null;
    if (!typename || !isObjectType(type)) return null;
    const keys = fields.map((f) => f.alias?.value ?? f.name.value);
    if (new Set(keys).size !== keys.length) return null;
    const shape = shapeOfFields(type, null, fields, fragments, d.types[typename].key);
    return shape && { typename, keyOf: d.types[typename].keyOf, read: jsonByKeys(ds, shape).read };
  }

  /** How a connection's selection reads the connection object; every selection of its nodes must be `nodes`' one. */
  function projectionOf(type: GraphQLObjectType, nodeType: GraphQLObjectType, set: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>, nodeSets: SelectionSetNode[]): Projection[] | null {
    if (!set) return null;
    const fields = collect(type, set, fragments);
    if (!fields) return null;
    const out: Projection[] = [];
    for (const f of fields) {
      const key = f.alias?.value ?? f.name.value;
      if (f.name.value === "__typename") {
        out.push({ key, kind: "constant", value: type.name });
        continue;
      }
      const def = type.getFields()[f.name.value];
      if (!def || f.arguments?.length) return null;
      const named = getNamedType(def.type);
      if (named === nodeType) {
        if (!f.selectionSet) return null;
        nodeSets.push(f.selectionSet);
        out.push({ key, kind: "nodes", name: def.name });
      } else if (isLeafType(named)) out.push({ key, kind: "leaf", name: def.name, type: named });
      else if (isObjectType(named)) {
        const inner = projectionOf(named, nodeType, f.selectionSet, fragments, nodeSets);
        if (!inner) return null;
        out.push({ key, kind: "object", name: def.name, fields: inner });
      } else return null;
    }
    return out;
  }

  return (document, operationName) => {
    const operation = getOperationAST(document, operationName ?? undefined);
    const query = schema.getQueryType();
    if (!operation || operation.operation !== "query" || !query) return null;
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    const roots = collect(query, operation.selectionSet, fragments);
    if (!roots) return null;
    const planned: {
      key: string;
      field?: FieldNode;
      def?: GraphQLField<unknown, unknown>;
      connection?: PlannedConnection<C>;
      projection?: Projection[];
      nodes?: JsonRows;
      lookup?: { find: PlannedLookup<C>["find"]; rows: JsonLookup };
      entities?: Entities;
    }[] = [];
    for (const f of roots) {
      const key = f.alias?.value ?? f.name.value;
      if (f.name.value === "__typename") {
        planned.push({ key });
        continue;
      }
      const def = query.getFields()[f.name.value];
      const connection = def && declared(query, def.name);
      if (connection?.kind === "entities") {
        const entities = entitiesPlan(connection, f.selectionSet, fragments);
        if (!entities) return null;
        planned.push({ key, field: f, def, entities });
        continue;
      }
      if (connection?.kind === "lookup") {
        if (f.arguments?.some((a) => !connection.args.includes(a.name.value))) return null;
        const type = getNullableType(def.type);
        if (!isObjectType(type)) return null;
        const shape = shapeOf(type, connection.node, f.selectionSet, fragments);
        if (!shape) return null;
        planned.push({ key, field: f, def, lookup: { find: connection.find, rows: jsonLookup(ds, shape) } });
        continue;
      }
      if (!connection || connection.kind !== "connection") return null;
      if (f.arguments?.some((a) => !connection.args.includes(a.name.value))) return null;
      const type = getNamedType(def.type);
      const nodeType = isObjectType(type) ? getNamedType(type.getFields().nodes?.type) : null;
      if (!isObjectType(type) || !nodeType || !isObjectType(nodeType)) return null;
      const nodeSets: SelectionSetNode[] = [];
      const projection = projectionOf(type, nodeType, f.selectionSet, fragments, nodeSets);
      if (!projection) return null;
      // The nodes' selection: the same wherever they are asked (nodes, edges.node), or no plan.
      const shapes = nodeSets.map((s) => shapeOf(nodeType, connection.node, s, fragments));
      if (shapes.some((s) => !s)) return null;
      const rows = shapes.length ? shapes.map((s) => jsonRows(ds, s!)) : [jsonRows(ds, { entity: connection.node, fields: [] })];
      if (new Set(rows.map((r) => r.sql)).size > 1) return null;
      planned.push({ key, field: f, def, connection, projection, nodes: rows[0] });
    }
    return {
      async run(context, variables) {
        const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
        if (coerced.errors) return null;
        try {
          const data: Record<string, unknown> = {};
          // Root fields of a query run side by side, as graphql-js runs them.
          const values = await Promise.all(
            planned.map(async (p) => {
              if (p.entities) return readEntities(p.entities, getArgumentValues(p.def!, p.field!, coerced.coerced).representations);
              if (p.lookup) {
                const found = await p.lookup.find(context as C, getArgumentValues(p.def!, p.field!, coerced.coerced), p.lookup.rows);
                // Null on a non-null field is the resolvers' error to report.
                if (found === null && isNonNullType(p.def!.type)) throw new Error("not found");
                return found;
              }
              if (!p.connection) return query.name;
              const args = getArgumentValues(p.def!, p.field!, coerced.coerced);
              return project((await p.connection.page(context as C, args, p.nodes!)) as unknown as Record<string, unknown>, p.projection!);
            }),
          );
          planned.forEach((p, i) => (data[p.key] = values[i]));
          return { data };
        } catch {
          return null;
        }
      },
    };
  };
}

/** The objects of representations all of the planned type, by their keys; anything else is left to the resolvers (a throw). */
function readEntities(e: Entities, representations: unknown): Promise<unknown[]> {
  if (!Array.isArray(representations)) throw new Error("representations are not a list");
  const keys = representations.map((r) => {
    if (!r || typeof r !== "object" || (r as Record<string, unknown>).__typename !== e.typename) throw new Error("a representation of another type");
    return e.keyOf(r as Record<string, unknown>);
  });
  return e.read(keys);
}

/** Reads a connection object (pagination.ts ConnectionShape) as its projection says; its nodes are already JSON. */
async function project(value: Record<string, unknown>, fields: Projection[]): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const p of fields) {
    if (p.kind === "constant") {
      out[p.key] = p.value;
      continue;
    }
    let v = value[p.name];
    if (v instanceof Promise) v = await v;
    if (v === null || v === undefined) out[p.key] = null;
    else if (p.kind === "nodes") out[p.key] = v;
    else if (p.kind === "leaf") out[p.key] = Array.isArray(v) ? v.map((x) => p.type.serialize(x)) : p.type.serialize(v);
    else out[p.key] = Array.isArray(v) ? await Promise.all(v.map((x: Record<string, unknown>) => project(x, p.fields))) : await project(v as Record<string, unknown>, p.fields);
  }
  return out;
}
