-- tmj's audit history: one schema for SQLite and PostgreSQL. Flyway fills the two placeholders per database:
-- ${run_id} is the column that numbers runs as they are inserted, ${bytes} a column of bytes.
-- Append-only: tmj inserts runs, their findings and notifications; it never updates or deletes a row.

CREATE TABLE tmj_run (
    id ${run_id},
    recorded_at VARCHAR(32) NOT NULL,     -- UTC, yyyy-MM-ddTHH:mm:ss.SSSZ: sorts as text
    model_name VARCHAR(1000) NOT NULL,    -- the model's own name (TM name)
    model_path VARCHAR(4000) NOT NULL,    -- repository-relative path of the model file, as tmj check shows it
    content_sha256 VARCHAR(64) NOT NULL,  -- of the model file's bytes
    model_gzip ${bytes} NOT NULL,         -- the model file itself, gzip-compressed
    git_commit VARCHAR(64),
    git_branch VARCHAR(1000),
    git_author VARCHAR(1000),
    tmj_version VARCHAR(200) NOT NULL,
    libraries VARCHAR(4000) NOT NULL,     -- the threat libraries the findings came from
    gate_passed INTEGER NOT NULL          -- 1 when the gate held for this model, else 0
);

CREATE INDEX tmj_run_model_path ON tmj_run (model_path, recorded_at);

CREATE TABLE tmj_finding (
    run_id BIGINT NOT NULL REFERENCES tmj_run (id),
    position INTEGER NOT NULL,            -- the finding's place in the run, from 0
    fingerprint VARCHAR(64) NOT NULL,
    sid VARCHAR(200) NOT NULL,
    element VARCHAR(4000) NOT NULL,
    severity VARCHAR(20) NOT NULL,        -- Very High, High, Medium, Low, Very Low, Info
    status VARCHAR(20) NOT NULL,          -- open, mitigated, accepted, transferred, avoided, false positive
    owner VARCHAR(4000),
    justification TEXT,
    expires VARCHAR(10),                  -- yyyy-MM-dd
    evidence TEXT,                        -- one line per test: "passed NAME" or "failed NAME: why"
    ticket VARCHAR(200),                  -- the tracker's key or number once tmj sync made one
    file VARCHAR(4000) NOT NULL,
    line INTEGER NOT NULL,
    PRIMARY KEY (run_id, position)
);

CREATE INDEX tmj_finding_fingerprint ON tmj_finding (fingerprint);

-- What tmj notify told a channel about, so that no finding is announced twice.
CREATE TABLE tmj_notification (
    channel VARCHAR(200) NOT NULL,
    fingerprint VARCHAR(64) NOT NULL,
    run_id BIGINT REFERENCES tmj_run (id),
    notified_at VARCHAR(32) NOT NULL,
    PRIMARY KEY (channel, fingerprint)
);
