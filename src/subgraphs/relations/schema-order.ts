/**
 * The order of the committed schema (schema/relations.graphql): type-graphql records types and
 * fields as their modules are first evaluated, so the printed SDL follows this module order, not
 * the order of the features' resolvers. These imports, evaluated before the features, keep the
 * order the schema had when features became modules. A new feature needs no line here: its types
 * and fields come after these.
 */
import "./agreement/agreement.resolver.js";
import "./claim/claim.resolver.js";
import "./clause/clause.resolver.js";
import "./country/country.resolver.js";
import "./agreement/agreement.entity.js";
import "./audit/audit.entity.js";
import "./claim/claim.entity.js";
import "./clause/clause.entity.js";
import "./country/country.entity.js";
import "./person/person.entity.js";
import "./ratification/ratification.entity.js";
import "./source/source.entity.js";
import "./statement/statement.entity.js";
import "./topic/topic.entity.js";
import "./person/person.resolver.js";
import "./ratification/ratification.resolver.js";
import "./relation/relation.resolver.js";
import "./relations.services.js";
import "./search/search.resolver.js";
import "./source/source.resolver.js";
import "./audit/audit.resolver.js";
import "./statement/statement.resolver.js";
import "./topic/topic.resolver.js";
import "./topic/topic.mutations.js";
import "./person/person.mutations.js";
import "./statement/statement.mutations.js";
import "./agreement/agreement.mutations.js";
import "./clause/clause.mutations.js";
