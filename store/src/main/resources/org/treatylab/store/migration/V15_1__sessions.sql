-- Sessions that live between requests (a person's talks, negotiation sessions, tournament jobs), kept so that they
-- resume after a restart: a header per session and its log of entries (a person's moves, a tournament's finished
-- sessions). Times are epoch milliseconds; the same SQL runs on SQLite and PostgreSQL.
CREATE TABLE sessions (
    id         VARCHAR(64) PRIMARY KEY,
    kind       VARCHAR(16) NOT NULL,
    spec       TEXT        NOT NULL,
    state      TEXT        NOT NULL,
    created_at BIGINT      NOT NULL,
    touched_at BIGINT      NOT NULL
);

CREATE INDEX sessions_by_kind_touched ON sessions (kind, touched_at);
CREATE INDEX sessions_by_touched ON sessions (touched_at);

CREATE TABLE session_log (
    session_id VARCHAR(64) NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    seq        INTEGER     NOT NULL,
    entry      TEXT        NOT NULL,
    made_at    BIGINT      NOT NULL,
    PRIMARY KEY (session_id, seq)
);
