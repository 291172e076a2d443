// Generated from the composed API schema and web/src/operations.ts by web/typegen.ts. Do not edit:
// UPDATE_WEB_TYPES=1 npx vitest run tests/web/operations.test.ts

export type AgreementKind = "TREATY" | "AGREEMENT" | "MEMORANDUM" | "PROTOCOL" | "PROGRAMME" | "DECLARATION" | "AMENDMENT" | "RESOLUTION" | "REGULATION" | "REPORT" | "OTHER";
export type AgreementStatus = "NOT_YET_SIGNED" | "SIGNED" | "IN_FORCE" | "EXPIRED" | "TERMINATED" | "UNKNOWN";
export type DatePrecision = "DAY" | "MONTH" | "YEAR";
export type NodeKind = "PORT" | "RAIL_HUB" | "BORDER_CROSSING" | "CITY" | "DRY_PORT" | "OTHER";
export type PartyKind = "STATE" | "UNLISTED_STATE" | "FORMER_STATE" | "ORGANIZATION" | "SUBNATIONAL";
export type RatificationStatus = "NOT_STARTED" | "IN_PROGRESS" | "COMPLETED" | "REJECTED" | "UNKNOWN";
export type SegmentStatus = "OPERATIONAL" | "UNDER_CONSTRUCTION" | "PLANNED";
export type StageKind = "LOWER_HOUSE" | "UPPER_HOUSE" | "LEGISLATURE" | "CONSTITUTIONAL_REVIEW" | "HEAD_OF_STATE" | "INSTRUMENT_EXCHANGE" | "OTHER";
export type StageOutcome = "APPROVED" | "REJECTED" | "PENDING";
export type TransportMode = "RAIL" | "ROAD" | "SEA" | "INLAND_WATERWAY";

export type CountriesData = {
  countries: {
    nodes: {
      code: string;
      name: string;
      kind: PartyKind;
      existedFrom: string | null;
      existedTo: string | null;
    }[];
    pageInfo: {
      hasNextPage: boolean;
      endCursor: string | null;
    };
  };
};
export type CountriesVariables = {
  after?: string | null;
};
export type RelationData = {
  bilateralRelation: {
    id: string;
    level: string | null;
    countries: {
      code: string;
      name: string;
      kind: PartyKind;
    }[];
    bilateral: {
      id: string;
    }[];
    shared: {
      id: string;
    }[];
    agreements: {
      id: string;
      title: string;
      shortTitle: string | null;
      kind: AgreementKind;
      ambit: string | null;
      signedOn: string | null;
      enteredIntoForceOn: string | null;
      endedOn: string | null;
      expiresOn: string | null;
      status: AgreementStatus;
    }[];
  } | null;
};
export type RelationVariables = {
  between: string[];
  asOf?: string | null;
  bilateralOnly?: boolean | null;
};
export type AgreementDetailData = {
  agreement: {
    id: string;
    title: string;
    shortTitle: string | null;
    kind: AgreementKind;
    ambit: string | null;
    treatyId: string | null;
    textUrl: string | null;
    notes: string | null;
    signedOn: string | null;
    signedAt: string | null;
    enteredIntoForceOn: string | null;
    endedOn: string | null;
    status: AgreementStatus;
    parent: {
      id: string;
      title: string;
    } | null;
    sources: {
      id: string;
      title: string;
      publisher: string;
      url: string | null;
      archiveUrl: string | null;
      publishedOn: string | null;
      excerpt: string | null;
    }[];
    claims: {
      id: string;
      field: string;
      value: string;
      preferred: boolean;
      note: string | null;
      source: {
        id: string;
        title: string;
        publisher: string;
        url: string | null;
        archiveUrl: string | null;
        publishedOn: string | null;
        excerpt: string | null;
      };
    }[];
    topics: {
      code: string;
      name: string;
    }[];
    parties: {
      id: string;
      signedOn: string | null;
      enteredIntoForceOn: string | null;
      endedOn: string | null;
      status: AgreementStatus;
      country: {
        code: string;
        name: string;
        kind: PartyKind;
      };
      signatory: {
        id: string;
        name: string;
      } | null;
      ratification: {
        id: string;
        status: RatificationStatus;
        completedOn: string | null;
        stages: {
          id: string;
          body: string;
          kind: StageKind;
          date: string | null;
          datePrecision: DatePrecision | null;
          notAfter: string | null;
          outcome: StageOutcome;
          votesFor: number | null;
          votesAgainst: number | null;
          votesAbstaining: number | null;
          note: string | null;
          sources: {
            id: string;
            title: string;
            publisher: string;
            url: string | null;
            archiveUrl: string | null;
            publishedOn: string | null;
            excerpt: string | null;
          }[];
          claims: {
            id: string;
            field: string;
            value: string;
            preferred: boolean;
            note: string | null;
            source: {
              id: string;
              title: string;
              publisher: string;
              url: string | null;
              archiveUrl: string | null;
              publishedOn: string | null;
              excerpt: string | null;
            };
          }[];
        }[];
      };
    }[];
    clauses: {
      id: string;
      number: string | null;
      title: string | null;
      summary: string;
      verified: boolean;
      topics: {
        code: string;
        name: string;
      }[];
      sources: {
        id: string;
        title: string;
        publisher: string;
        url: string | null;
        archiveUrl: string | null;
        publishedOn: string | null;
        excerpt: string | null;
      }[];
    }[];
  } | null;
};
export type AgreementDetailVariables = {
  id: string;
  asOf?: string | null;
};
export type CorridorListData = {
  corridors: {
    id: string;
    name: string;
    acronym: string | null;
  }[];
};
export type CorridorListVariables = Record<string, never>;
export type CorridorMapData = {
  corridor: {
    id: string;
    name: string;
    acronym: string | null;
    lengthKm: number | null;
    segments: {
      id: string;
      mode: TransportMode;
      status: SegmentStatus;
      lengthKm: number | null;
      lengthIsEstimate: boolean;
      from: {
        id: string;
        name: string;
        kind: NodeKind;
        latitude: number | null;
        longitude: number | null;
        country: {
          code: string;
          name: string;
        } | null;
      };
      to: {
        id: string;
        name: string;
        kind: NodeKind;
        latitude: number | null;
        longitude: number | null;
        country: {
          code: string;
          name: string;
        } | null;
      };
    }[];
  } | null;
};
export type CorridorMapVariables = {
  id: string;
};
export type CorridorPathData = {
  corridorPath: {
    lengthKm: number;
    lengthIsEstimate: boolean;
    modes: TransportMode[];
    from: {
      id: string;
      name: string;
    };
    to: {
      id: string;
      name: string;
    };
    segments: {
      id: string;
    }[];
  } | null;
};
export type CorridorPathVariables = {
  from: string;
  to: string;
  statuses?: SegmentStatus[] | null;
};
