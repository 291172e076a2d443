import { Directive, Field, Int, ObjectType } from "type-graphql";

// Both subgraphs return it, so it is a shareable value type.
@Directive("@shareable")
@ObjectType({ description: "What an import wrote." })
export class ImportReport {
  @Field(() => Int, { description: "Top-level records in this subgraph's part of the file (each upserted by its id)." })
  records!: number;

  @Field({ description: "SHA-256 of the file as received; the audit entry carries it too." })
  digest!: string;
}
