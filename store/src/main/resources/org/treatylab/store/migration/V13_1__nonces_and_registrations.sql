-- Issue 13: every write carries a nonce in its signed payload; this index (derived from the entries, compared with
-- them by 'ledger verify') lets a store refuse a replay inside the write transaction. One row per batch.
CREATE TABLE nonces (
    party VARCHAR(3)   NOT NULL,
    nonce VARCHAR(128) NOT NULL,
    seq   BIGINT       NOT NULL,
    PRIMARY KEY (party, nonce)
);
-- The parties table is now written from each party's signed registration entry (see docs/ledger.md).
