-- The ledger's tables; the same SQL runs on SQLite and PostgreSQL. Hashes, keys and signatures are hex or base64
-- text so that one schema serves both (SQLite has no BYTEA, PostgreSQL no BLOB).
CREATE TABLE parties (
    code          VARCHAR(3)   PRIMARY KEY,
    public_key    TEXT         NOT NULL,
    token_hash    VARCHAR(64)  NOT NULL UNIQUE,
    registered_at VARCHAR(40)  NOT NULL
);

CREATE TABLE batches (
    number           BIGINT       PRIMARY KEY,
    party            VARCHAR(3)   NOT NULL REFERENCES parties (code),
    first_seq        BIGINT       NOT NULL UNIQUE,
    last_seq         BIGINT       NOT NULL UNIQUE,
    tree_size        BIGINT       NOT NULL,
    root             VARCHAR(64)  NOT NULL,
    created_at       VARCHAR(40)  NOT NULL,
    consistency_old  BIGINT       NOT NULL,
    consistency_path TEXT         NOT NULL,
    signature        VARCHAR(128) NOT NULL
);

CREATE TABLE entries (
    seq        BIGINT      PRIMARY KEY,
    batch      BIGINT      NOT NULL REFERENCES batches (number),
    party      VARCHAR(3)  NOT NULL,
    kind       VARCHAR(16) NOT NULL,
    created_at VARCHAR(40) NOT NULL,
    prev_hash  VARCHAR(64) NOT NULL,
    payload    TEXT        NOT NULL,
    hash       VARCHAR(64) NOT NULL
);

CREATE TABLE private_parts (
    seq     BIGINT     PRIMARY KEY REFERENCES entries (seq),
    party   VARCHAR(3) NOT NULL,
    payload TEXT       NOT NULL
);
