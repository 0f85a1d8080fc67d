// The peer the bench measures the service against: @neo4j/graphql 7 served by Apollo Server's
// standalone server, as the library's getting-started guide sets it up. The bench writes the
// type definitions (tools/commitgraph_tools/peer.py) and starts this with:
//   PEER_TYPEDEFS  the type definitions' file
//   PEER_PORT      the loopback port to listen on
//   NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE  the bench's Neo4j
// It prints "ready <url>" once it listens.
import { readFileSync } from "node:fs";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const env = (name) => {
    const value = process.env[name];
    if (!value) {
        console.error(`set ${name}`);
        process.exit(2);
    }
    return value;
};

const typeDefs = readFileSync(env("PEER_TYPEDEFS"), "utf8");
const driver = neo4j.driver(
    env("NEO4J_URI"),
    neo4j.auth.basic(env("NEO4J_USER"), env("NEO4J_PASSWORD")),
);
const database = process.env.NEO4J_DATABASE || "neo4j";
const neoSchema = new Neo4jGraphQL({ typeDefs, driver });
const server = new ApolloServer({ schema: await neoSchema.getSchema() });
const { url } = await startStandaloneServer(server, {
    context: async ({ req }) => ({ req, sessionConfig: { database } }),
    listen: { host: "127.0.0.1", port: Number(env("PEER_PORT")) },
});
console.log(`ready ${url}`);

const stop = async () => {
    await server.stop();
    await driver.close();
    process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
