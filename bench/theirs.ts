import { Neo4jGraphQL } from "@neo4j/graphql";
import { createYoga } from "graphql-yoga";
import neo4j, { type Driver } from "neo4j-driver";

/**
 * The alternative a user would otherwise pick: @neo4j/graphql's generated schema over the
 * same graph. Flows are relationship properties; lineage-based impact and the shortest
 * context chain have no generated equivalent, so they are written as @cypher fields, the
 * way that library's users would add them.
 */
export const THEIR_TYPEDEFS = /* GraphQL */ `
  type Flow @relationshipProperties { cadence: String stage: String order: Int key: String }

  type Role @node {
    team: String!
    id: ID!
    name: String!
    purpose: String
    owner: String
    consumes: [Artifact!]! @relationship(type: "CONSUMES", direction: OUT, properties: "Flow")
    produces: [Artifact!]! @relationship(type: "PRODUCES", direction: OUT, properties: "Flow")
  }

  type Artifact @node {
    team: String!
    id: ID!
    name: String!
    format: String
    external: Boolean
    consumers: [Role!]! @relationship(type: "CONSUMES", direction: IN, properties: "Flow")
    producers: [Role!]! @relationship(type: "PRODUCES", direction: IN, properties: "Flow")
    derivedFrom: [Artifact!]! @relationship(type: "DERIVED_FROM", direction: OUT)
    impactedRoles: [Role!]!
      @cypher(statement: "MATCH (this)<-[:DERIVED_FROM*0..3]-(:Artifact)<-[:CONSUMES]-(r:Role) RETURN DISTINCT r", columnName: "r")
  }

  type Query {
    contextChain(team: String!, from: String!, to: String!): [Role!]
      @cypher(
        statement: """
        MATCH p = SHORTEST 1 (a:Role {team: $team, id: $from}) ((:Role)-[:PRODUCES]->(:Artifact)<-[:CONSUMES]-(:Role)){1,20} (b:Role {team: $team, id: $to})
        UNWIND [n IN nodes(p) WHERE n:Role] AS r
        RETURN r
        """
        columnName: "r"
      )
  }
`;

export interface TheirServer {
  fetch(request: Request): Promise<Response>;
  /** The Request class its yoga reads best (see gqlOver). */
  Request: typeof Request;
  close(): Promise<void>;
}

export async function theirServer(uri: string, database: string, { user, password }: { user: string; password: string }): Promise<TheirServer> {
  const driver: Driver = neo4j.driver(uri, password ? neo4j.auth.basic(user, password) : undefined, { maxConnectionPoolSize: 100 });
  const schema = await new Neo4jGraphQL({ typeDefs: THEIR_TYPEDEFS, driver }).getSchema();
  const yoga = createYoga({ schema, graphqlEndpoint: "/graphql", landingPage: false, logging: false, context: () => ({ sessionConfig: { database } }) });
  return {
    fetch: (request) => Promise.resolve(yoga.fetch(request)),
    Request: yoga.fetchAPI.Request,
    close: () => driver.close(),
  };
}
