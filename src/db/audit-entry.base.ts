import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, PrimaryGeneratedColumn } from "typeorm";
import { GraphQLJSON } from "graphql-scalars";

/**
 * The columns and fields of an audit entry. Each subgraph has its own audit table and GraphQL type
 * (RelationsAuditEntry, CorridorsAuditEntry), both extending this.
 */
@ObjectType({ description: "An audit entry (never emitted itself: each subgraph emits its own subclass)." })
export abstract class AuditEntryBase {
  @Field(() => ID, { description: "Sequence number; later writes have larger ids." })
  @PrimaryGeneratedColumn({ type: "bigint" })
  id!: string;

  @Field({ description: "When the write committed (UTC, ISO 8601)." })
  @CreateDateColumn({ type: "timestamptz" })
  at!: Date;

  @Field({ description: "Name of the API key that wrote." })
  @Column({ type: "varchar", length: 200 })
  actor!: string;

  @Column({ type: "uuid", nullable: true })
  keyId!: string | null;

  @Field({ description: "CREATE, UPDATE or DELETE." })
  @Column({ type: "varchar", length: 10 })
  operation!: string;

  @Field({ description: "GraphQL type of the record (\"Source\", \"CorridorSegment\")." })
  @Column({ type: "varchar", length: 40 })
  recordType!: string;

  @Field({ description: "Id of the record." })
  @Column({ type: "varchar", length: 260 })
  recordId!: string;

  @Field(() => GraphQLJSON, { nullable: true, description: "The record before the write; null for a create." })
  @Column({ type: "jsonb", nullable: true })
  before!: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: "The record after the write; null for a delete." })
  @Column({ type: "jsonb", nullable: true })
  after!: unknown;

  @Field(() => String, { nullable: true, description: "The request id the write came with (also in the server log)." })
  @Column({ type: "varchar", length: 200, nullable: true })
  requestId!: string | null;
}
