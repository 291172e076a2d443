/**
 * The order of the committed schema (schema/corridors.graphql): type-graphql records types and
 * fields as their modules are first evaluated, so the printed SDL follows this module order, not
 * the order of the features' resolvers. These imports, evaluated before the features, keep the
 * order the schema had when features became modules. A new feature needs no line here: its types
 * and fields come after these.
 */
import "./corridor/corridor.resolver.js";
import "./claim/claim.entity.js";
import "./corridor/corridor.entity.js";
import "./node/node.entity.js";
import "./segment/segment.entity.js";
import "./corridors.services.js";
import "./audit/audit.entity.js";
import "./node/node.resolver.js";
import "./corridor/corridor.mutations.js";
import "./node/node.mutations.js";
import "./segment/segment.mutations.js";
import "./claim/claim.mutations.js";
import "./audit/audit.resolver.js";
import "./path/path.resolver.js";
import "./refs/refs.resolver.js";
import "./refs/refs.types.js";
import "./segment/segment.resolver.js";
