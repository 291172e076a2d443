import { createUnionType, Field, Float, Int, ObjectType } from "type-graphql";
import { PageInfo } from "../../../graphql/pagination.js";
import { Agreement } from "../agreement/agreement.entity.js";
import { Clause } from "../clause/clause.entity.js";
import { Country } from "../country/country.entity.js";
import { Person } from "../person/person.entity.js";
import { Statement } from "../statement/statement.entity.js";

export const SearchHit = createUnionType({
  name: "SearchHit",
  description: "Anything full-text search can find.",
  types: () => [Agreement, Clause, Person, Statement, Country] as const,
});

@ObjectType({ description: "One search hit with its rank and a highlighted snippet." })
export class SearchEdge {
  @Field({ description: "Opaque cursor of this hit; pass it as `after` for the hits that follow, or as `before` for those that precede it." })
  cursor!: string;

  @Field(() => Float, { description: "Relevance (PostgreSQL ts_rank); higher is better. Hits are ordered by it." })
  score!: number;

  @Field(() => String, { nullable: true, description: "The matching text with the matched words in «guillemets»." })
  snippet!: string | null;

  @Field(() => SearchHit, { description: "The record found." })
  node!: typeof SearchHit;
}

@ObjectType({ description: "A page of ranked search hits." })
export class SearchConnection {
  @Field(() => [SearchEdge], { description: "The hits of this page, best first." })
  edges!: SearchEdge[];

  @Field(() => PageInfo, { description: "Where this page sits in the whole result." })
  pageInfo!: PageInfo;

  /** A count that runs only when the field is selected (withTotalCount, src/graphql/pagination.ts). */
  @Field(() => Int, { description: "How many records match, across all pages." })
  totalCount!: number | Promise<number>;
}
