// V014 - API keys in Neo4j (API_KEYS_STORE=neo4j): one node per key, found by its public id.
// Idempotent (IF NOT EXISTS); runs statement by statement, outside data transactions.
CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (k:__ApiKey) REQUIRE k.id IS UNIQUE;
