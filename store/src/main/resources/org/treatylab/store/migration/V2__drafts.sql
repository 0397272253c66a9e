-- Draft treaties saved through the HTTP API: the treaty file text by id, kept across restarts.
CREATE TABLE draft_treaties (
    id         VARCHAR(200) PRIMARY KEY,
    text       TEXT         NOT NULL,
    saved_at   VARCHAR(40)  NOT NULL
);
