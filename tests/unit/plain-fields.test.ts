import { execute, isObjectType, parse, type ExecutionResult, type GraphQLSchema } from "graphql";
import { compileQuery, isCompiledQuery } from "graphql-jit";
import { Authorized, Field, ID, Int, ObjectType, Query, Resolver, FieldResolver, Root, UseMiddleware } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { beforeAll, describe, expect, it } from "vitest";
import { buildFederatedSchema } from "../../src/graphql/build-subgraph-schema.js";
import { relationsSubgraph } from "../../src/subgraphs/relations/index.js";

// A type with one field of each kind: only `plain`, a stored column and nothing more, may be read without a resolver.
@Entity({ name: "probe" })
@ObjectType({ description: "Test type." })
class Probe {
  @PrimaryColumn()
  @Field(() => ID, { description: "Plain." })
  plain!: string;

  @Column()
  @Field(() => String, { name: "renamed", description: "Stored under another property name." })
  stored!: string;

  @Column()
  @UseMiddleware(async (_, next) => `${await next()}+`)
  @Field(() => String, { description: "With a middleware." })
  watched!: string;

  @Column()
  @Authorized("editor")
  @Field(() => String, { description: "Editors only." })
  secret!: string;

  @Column()
  @Field(() => String, { description: "Answered by a field resolver." })
  computed!: string;

  /** Not a column: set per object, and a promise here (as a connection's lazy totalCount). */
  @Field(() => Int, { description: "Not stored." })
  lazy!: number | Promise<number>;
}

@Resolver(() => Probe)
class ProbeResolver {
  @Query(() => Probe, { description: "A probe." })
  probe(): Probe {
    return Object.assign(new Probe(), { plain: "p", stored: "s", watched: "w", secret: "x", computed: "raw", lazy: Promise.resolve(7) });
  }

  @FieldResolver(() => String, { description: "Computed." })
  computed(@Root() p: Probe): string {
    return `${p.computed}!`;
  }
}

const resolverOf = (schema: GraphQLSchema, type: string, field: string) => {
  const t = schema.getType(type);
  if (!isObjectType(t)) throw new Error(`${type} is not an object type`);
  return t.getFields()[field].resolve;
};

describe("plain fields are read without a resolver (#14)", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildFederatedSchema([ProbeResolver], {}, "Root.");
  });

  it("gives a plain field no resolver and keeps every other kind's", () => {
    expect(resolverOf(schema, "Probe", "plain")).toBeUndefined();
    for (const kept of ["renamed", "watched", "secret", "computed", "lazy"]) expect(resolverOf(schema, "Probe", kept), kept).toBeTypeOf("function");
  });

  it.each(["graphql-js", "graphql-jit"])("answers each field as type-graphql does under %s: renamed, through its middleware, its auth check, its field resolver, a promise waited for", async (executor) => {
    const document = parse("{ probe { plain renamed watched computed lazy } }");
    let result: ExecutionResult;
    if (executor === "graphql-jit") {
      const compiled = compileQuery(schema, document);
      if (!isCompiledQuery(compiled)) throw new Error("not compiled");
      result = await compiled.query(undefined, {}, {});
    } else result = await execute({ schema, document, contextValue: {} });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ probe: { plain: "p", renamed: "s", watched: "w+", computed: "raw!", lazy: 7 } });
    const denied = await execute({ schema, document: parse("{ probe { secret } }"), contextValue: { auth: { kind: "anonymous" } } });
    expect(denied.errors?.[0].extensions.code).toBe("UNAUTHENTICATED");
  });

  it("in the relations subgraph: a stage's and an agreement's stored fields are plain, their relations resolved", async () => {
    const relations = await buildFederatedSchema(relationsSubgraph.resolvers, relationsSubgraph.references, "Root.", relationsSubgraph.orphanedTypes);
    for (const [type, field] of [["RatificationStage", "kind"], ["RatificationStage", "date"], ["Agreement", "title"], ["Topic", "name"]]) {
      expect(resolverOf(relations, type, field), `${type}.${field}`).toBeUndefined();
    }
    for (const [type, field] of [["Agreement", "parties"], ["Agreement", "nodeId"], ["AgreementParty", "country"], ["Country", "agreements"], ["AgreementConnection", "totalCount"]]) {
      expect(resolverOf(relations, type, field), `${type}.${field}`).toBeTypeOf("function");
    }
  });
});
