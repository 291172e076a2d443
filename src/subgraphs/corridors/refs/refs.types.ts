import { Directive, Field, ID, ObjectType } from "type-graphql";
import { SHARED_DOCS } from "../../../graphql/shared-docs.js";

/**
 * Entities the relations subgraph owns, as this subgraph sees them: by key only. The fields this
 * subgraph adds to them are declared by the resolvers in refs.resolver.ts.
 */
@Directive('@key(fields: "code")')
@ObjectType("Country", { description: SHARED_DOCS.Country })
export class CountryRef {
  @Field(() => ID, { description: SHARED_DOCS["Country.code"] })
  code!: string;
}

@Directive('@key(fields: "id")')
@ObjectType("Agreement", { description: SHARED_DOCS.Agreement })
export class AgreementRef {
  @Field(() => ID, { description: SHARED_DOCS["Agreement.id"] })
  id!: string;
}

@Directive('@key(fields: "id")')
@ObjectType("BilateralRelation", { description: SHARED_DOCS.BilateralRelation })
export class BilateralRelationRef {
  @Field(() => ID, { description: SHARED_DOCS["BilateralRelation.id"] })
  id!: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType("Source", { description: SHARED_DOCS.Source })
export class SourceRefType {
  @Field(() => ID, { description: SHARED_DOCS["Source.id"] })
  id!: string;
}
