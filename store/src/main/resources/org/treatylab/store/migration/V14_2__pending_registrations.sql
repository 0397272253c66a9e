-- Issue 14: a ledger made from the parties' public keys ('ledger init --public-key'). Each party registers itself by
-- signing its registration entry with its own key (the host holds none); until then its public key (with the key's
-- own signature over it, from 'ledger keygen') and its token's SHA-256 wait here. A row is removed once registered.
CREATE TABLE pending_registrations (
    code       VARCHAR(3)   PRIMARY KEY,
    public_key TEXT         NOT NULL,
    proof      VARCHAR(128) NOT NULL,
    token_hash VARCHAR(64)  NOT NULL UNIQUE,
    created_at VARCHAR(40)  NOT NULL
);
