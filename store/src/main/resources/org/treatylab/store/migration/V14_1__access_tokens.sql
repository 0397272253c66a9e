-- Issue 14: tokens that are not a party's. An observer's token reads signed heads and proofs of the ledger; only the
-- SHA-256 of a token is kept. Party tokens stay in parties.token_hash (one per party, covered by its registration).
CREATE TABLE access_tokens (
    token_hash VARCHAR(64) PRIMARY KEY,
    role       VARCHAR(16) NOT NULL,
    created_at VARCHAR(40) NOT NULL
);
