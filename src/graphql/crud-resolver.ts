import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver, type ClassType } from "type-graphql";
import type { Authentication } from "../auth/auth.service.js";
import type { RecordSpec, RecordWrites } from "../db/record-writes.js";
import { decorateMethod } from "./decorate.js";

/** What the generated mutations need of a subgraph's context. */
export interface CrudContext {
  auth: Authentication;
  requestId: string;
  services: { records: RecordWrites };
}

/** The create, update and delete mutations of one record type, as the schema shows them. */
export interface CrudOptions<C extends object, U extends object> {
  /** How the record is written (see RecordWrites). */
  spec: RecordSpec;
  /** The GraphQL type each mutation returns (the entity). */
  returns: ClassType;
  /** Who may call them. */
  role: string;
  create: {
    /** Mutation name, e.g. "createAgreement" ("addCorridorMember"). */
    name: string;
    description: string;
    input: ClassType<C>;
    inputDescription: string;
    /** The record to write, from the input; the input as is when omitted (throw userInputError to refuse it). */
    record?: (input: C) => Record<string, unknown>;
  };
  update: { name: string; description: string; input: ClassType<U> };
  delete: {
    name: string;
    description: string;
    /** The `cascade` argument's description; without it the mutation takes no `cascade` and never cascades. */
    cascade?: string;
  };
  /** The key argument's description, e.g. "The agreement's id."; the argument is named after the spec's key ("id", "code"). */
  idDescription: string;
}

const version = () => Arg("expectedVersion", () => Int, { description: "The version you read." });

/**
 * An abstract resolver class with the create, update and delete mutations of one record type,
 * extending `Base` (so one resolver class can hold several record types, or add mutations of its
 * own). Every mutation needs `role` and goes through RecordWrites with the type's spec. The
 * methods are named after the mutations and declared in the order create, update, delete; after
 * type-graphql's examples/resolvers-inheritance.
 */
export function CrudResolver<C extends object, U extends object, B extends ClassType = ClassType<object>>(o: CrudOptions<C, U>, Base?: B): B {
  const Parent = (Base ?? class {}) as ClassType;
  // Not listed among a schema's resolvers: its mutations belong to the class that extends it.
  @Resolver()
  abstract class Crud extends Parent {}
  const proto = Crud.prototype;
  const returns = () => o.returns;
  const guard = Authorized(o.role) as MethodDecorator;

  decorateMethod(
    proto,
    o.create.name,
    (input: C, ctx: CrudContext) => ctx.services.records.create(ctx, o.spec, o.create.record ? o.create.record(input) : { ...(input as Record<string, unknown>) }),
    [guard, Mutation(returns, { description: o.create.description })],
    [Arg("input", () => o.create.input, { description: o.create.inputDescription }), Ctx()],
  );
  decorateMethod(
    proto,
    o.update.name,
    (id: string, expectedVersion: number, input: U, ctx: CrudContext) => ctx.services.records.update(ctx, o.spec, id, expectedVersion, { ...(input as Record<string, unknown>) }),
    [guard, Mutation(returns, { description: o.update.description })],
    [Arg(o.spec.key, () => ID, { description: o.idDescription }), version(), Arg("input", () => o.update.input, { description: "Fields to change." }), Ctx()],
  );
  const cascade = o.delete.cascade;
  decorateMethod(
    proto,
    o.delete.name,
    cascade
      ? (id: string, expectedVersion: number, cascading: boolean, ctx: CrudContext) => ctx.services.records.delete(ctx, o.spec, id, expectedVersion, cascading)
      : (id: string, expectedVersion: number, ctx: CrudContext) => ctx.services.records.delete(ctx, o.spec, id, expectedVersion, false),
    [guard, Mutation(returns, { description: o.delete.description })],
    [
      Arg(o.spec.key, () => ID, { description: o.idDescription }),
      version(),
      ...(cascade ? [Arg("cascade", () => Boolean, { defaultValue: false, description: cascade })] : []),
      Ctx(),
    ],
  );
  return Crud as unknown as B;
}
