// SPDX-License-Identifier: Apache-2.0
#include "core/store/Schema.h"

#include <array>

namespace jurybox::store {

namespace {

// A shipped migration is never edited: add a new one instead. README.md documents the resulting schema.
constexpr const char* kVersion1 = R"sql(
CREATE TABLE award (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    uuid      TEXT NOT NULL,
    name      TEXT NOT NULL,
    year      INTEGER NOT NULL DEFAULT 0,
    organiser TEXT NOT NULL DEFAULT ''
);

CREATE TABLE tier (
    id        INTEGER PRIMARY KEY,
    position  INTEGER NOT NULL UNIQUE,
    name      TEXT NOT NULL UNIQUE,
    min_score REAL CHECK (min_score IS NULL OR (min_score >= 0 AND min_score <= 100))
);

CREATE TABLE round (
    id       INTEGER PRIMARY KEY,
    position INTEGER NOT NULL UNIQUE,
    name     TEXT NOT NULL UNIQUE,
    open     INTEGER NOT NULL DEFAULT 1 CHECK (open IN (0, 1))
);

CREATE TABLE category (
    id          INTEGER PRIMARY KEY,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT ''
);

CREATE TABLE criterion (
    id          INTEGER PRIMARY KEY,
    category_id INTEGER NOT NULL REFERENCES category(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    weight      REAL NOT NULL CHECK (weight > 0),
    scale_min   REAL NOT NULL,
    scale_max   REAL NOT NULL,
    CHECK (scale_min < scale_max),
    UNIQUE (category_id, name)
);

CREATE TABLE descriptor (
    criterion_id INTEGER NOT NULL REFERENCES criterion(id) ON DELETE CASCADE,
    level        REAL NOT NULL,
    text         TEXT NOT NULL,
    PRIMARY KEY (criterion_id, level)
) WITHOUT ROWID;

CREATE TABLE submission (
    id           INTEGER PRIMARY KEY,
    ref          TEXT NOT NULL UNIQUE,
    title        TEXT NOT NULL,
    city         TEXT NOT NULL,
    country      TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    summary      TEXT NOT NULL DEFAULT '',
    contact      TEXT NOT NULL DEFAULT '',
    category_id  INTEGER NOT NULL REFERENCES category(id),
    status       TEXT NOT NULL DEFAULT 'eligible' CHECK (status IN ('eligible', 'withdrawn', 'disqualified'))
);
CREATE INDEX submission_category ON submission(category_id);

CREATE TABLE judge (
    id           INTEGER PRIMARY KEY,
    ref          TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    country      TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    position     TEXT NOT NULL DEFAULT '',
    email        TEXT NOT NULL DEFAULT '',
    access_code  TEXT
);

CREATE TABLE conflict (
    judge_id      INTEGER NOT NULL REFERENCES judge(id) ON DELETE CASCADE,
    submission_id INTEGER NOT NULL REFERENCES submission(id) ON DELETE CASCADE,
    reason        TEXT NOT NULL DEFAULT '',
    status        TEXT NOT NULL DEFAULT 'confirmed' CHECK (status IN ('confirmed', 'possible', 'cleared')),
    PRIMARY KEY (judge_id, submission_id)
) WITHOUT ROWID;

CREATE TABLE assignment (
    judge_id      INTEGER NOT NULL REFERENCES judge(id) ON DELETE CASCADE,
    submission_id INTEGER NOT NULL REFERENCES submission(id) ON DELETE CASCADE,
    round_id      INTEGER NOT NULL REFERENCES round(id) ON DELETE CASCADE,
    PRIMARY KEY (round_id, judge_id, submission_id)
) WITHOUT ROWID;

CREATE TABLE scorecard (
    id            INTEGER PRIMARY KEY,
    judge_id      INTEGER NOT NULL REFERENCES judge(id),
    submission_id INTEGER NOT NULL REFERENCES submission(id),
    round_id      INTEGER NOT NULL REFERENCES round(id),
    comment       TEXT NOT NULL DEFAULT '',
    status        TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted')),
    revision      INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    signature     BLOB,
    UNIQUE (round_id, judge_id, submission_id)
);

CREATE TABLE score (
    scorecard_id INTEGER NOT NULL REFERENCES scorecard(id) ON DELETE CASCADE,
    criterion_id INTEGER NOT NULL REFERENCES criterion(id),
    value        REAL NOT NULL,
    PRIMARY KEY (scorecard_id, criterion_id)
) WITHOUT ROWID;

-- The rule that a conflicted judge never holds a scorecard for that entry, kept by the database itself
-- as a last line of defence behind the checks in core (which give the readable messages).
CREATE TRIGGER scorecard_conflict BEFORE INSERT ON scorecard
WHEN EXISTS (SELECT 1 FROM conflict c WHERE c.judge_id = NEW.judge_id AND c.submission_id = NEW.submission_id
             AND c.status = 'confirmed')
BEGIN
    SELECT RAISE(ABORT, 'a judge with a confirmed conflict of interest cannot score this submission');
END;

CREATE TRIGGER conflict_scorecard BEFORE INSERT ON conflict
WHEN NEW.status = 'confirmed' AND EXISTS (SELECT 1 FROM scorecard s WHERE s.judge_id = NEW.judge_id
                                          AND s.submission_id = NEW.submission_id)
BEGIN
    SELECT RAISE(ABORT, 'the judge already holds a scorecard for this submission');
END;

CREATE TRIGGER conflict_confirm BEFORE UPDATE OF status ON conflict
WHEN NEW.status = 'confirmed' AND EXISTS (SELECT 1 FROM scorecard s WHERE s.judge_id = NEW.judge_id
                                          AND s.submission_id = NEW.submission_id)
BEGIN
    SELECT RAISE(ABORT, 'the judge already holds a scorecard for this submission');
END;

CREATE TRIGGER score_range_insert BEFORE INSERT ON score
WHEN NOT EXISTS (SELECT 1 FROM criterion c WHERE c.id = NEW.criterion_id
                 AND NEW.value BETWEEN c.scale_min AND c.scale_max)
BEGIN
    SELECT RAISE(ABORT, 'score outside the criterion''s scale');
END;

CREATE TRIGGER score_range_update BEFORE UPDATE OF value ON score
WHEN NOT EXISTS (SELECT 1 FROM criterion c WHERE c.id = NEW.criterion_id
                 AND NEW.value BETWEEN c.scale_min AND c.scale_max)
BEGIN
    SELECT RAISE(ABORT, 'score outside the criterion''s scale');
END;
)sql";

// Version 2: the append-only, hash-chained audit trail and tally sign-offs. While a round's tally is signed off, the
// triggers refuse every change Jurybox could make that would alter it; revoking the sign-off lifts them.
constexpr const char* kVersion2 = R"sql(
ALTER TABLE award ADD COLUMN audit_head TEXT NOT NULL DEFAULT '';

CREATE TABLE audit_event (
    id            INTEGER PRIMARY KEY,
    at            TEXT NOT NULL,
    actor         TEXT NOT NULL,
    action        TEXT NOT NULL,
    summary       TEXT NOT NULL,
    previous_hash TEXT NOT NULL,
    hash          TEXT NOT NULL
);
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

CREATE TABLE signoff (
    id         INTEGER PRIMARY KEY,
    round_id   INTEGER NOT NULL REFERENCES round(id),
    method     TEXT NOT NULL,
    parameters TEXT NOT NULL,
    results    TEXT NOT NULL,
    digest     TEXT NOT NULL,
    signed_by  TEXT NOT NULL,
    signed_at  TEXT NOT NULL,
    revoked_by TEXT,
    revoked_at TEXT
);
CREATE UNIQUE INDEX signoff_active_round ON signoff(round_id) WHERE revoked_at IS NULL;

CREATE VIEW active_signoff AS SELECT * FROM signoff WHERE revoked_at IS NULL;

-- Per-score triggers cost more than the rest of a bulk import together (measured: 300,000 values insert in 0.07 s
-- bare, 0.34 s with the range and freeze triggers). Scores change only with their scorecard row in Jurybox, so the
-- freeze is kept on scorecards; ranges are validated by every writer in core and reported by `check`, and the
-- sign-off digest catches a value edited behind Jurybox's back.
DROP TRIGGER score_range_insert;
DROP TRIGGER score_range_update;

-- The conflict triggers look a scorecard up by judge and entry: without this index every conflict written scanned
-- all scorecards (a 30,000-entry award took 38 s to generate instead of about 3).
CREATE INDEX scorecard_judge_submission ON scorecard(judge_id, submission_id);

CREATE TRIGGER signoff_freeze_scorecard_insert BEFORE INSERT ON scorecard
WHEN EXISTS (SELECT 1 FROM active_signoff a WHERE a.round_id = NEW.round_id)
BEGIN SELECT RAISE(ABORT, 'signed off: the tally of this round is frozen'); END;
CREATE TRIGGER signoff_freeze_scorecard_update BEFORE UPDATE ON scorecard
WHEN EXISTS (SELECT 1 FROM active_signoff a WHERE a.round_id IN (OLD.round_id, NEW.round_id))
BEGIN SELECT RAISE(ABORT, 'signed off: the tally of this round is frozen'); END;
CREATE TRIGGER signoff_freeze_scorecard_delete BEFORE DELETE ON scorecard
WHEN EXISTS (SELECT 1 FROM active_signoff a WHERE a.round_id = OLD.round_id)
BEGIN SELECT RAISE(ABORT, 'signed off: the tally of this round is frozen'); END;

CREATE TRIGGER signoff_freeze_assignment_insert BEFORE INSERT ON assignment
WHEN EXISTS (SELECT 1 FROM active_signoff a WHERE a.round_id = NEW.round_id)
BEGIN SELECT RAISE(ABORT, 'signed off: the tally of this round is frozen'); END;
CREATE TRIGGER signoff_freeze_assignment_delete BEFORE DELETE ON assignment
WHEN EXISTS (SELECT 1 FROM active_signoff a WHERE a.round_id = OLD.round_id)
BEGIN SELECT RAISE(ABORT, 'signed off: the tally of this round is frozen'); END;

CREATE TRIGGER signoff_freeze_conflict_insert BEFORE INSERT ON conflict WHEN EXISTS (SELECT 1 FROM active_signoff)
BEGIN SELECT RAISE(ABORT, 'signed off: the tally of this round is frozen'); END;
CREATE TRIGGER signoff_freeze_conflict_update BEFORE UPDATE ON conflict WHEN EXISTS (SELECT 1 FROM active_signoff)
BEGIN SELECT RAISE(ABORT, 'signed off: the tally of this round is frozen'); END;
CREATE TRIGGER signoff_freeze_conflict_delete BEFORE DELETE ON conflict WHEN EXISTS (SELECT 1 FROM active_signoff)
BEGIN SELECT RAISE(ABORT, 'signed off: the tally of this round is frozen'); END;

CREATE TRIGGER signoff_freeze_criterion_insert BEFORE INSERT ON criterion WHEN EXISTS (SELECT 1 FROM active_signoff)
BEGIN SELECT RAISE(ABORT, 'signed off: the tally of this round is frozen'); END;
CREATE TRIGGER signoff_freeze_criterion_update BEFORE UPDATE OF category_id, name, weight, scale_min, scale_max
ON criterion WHEN EXISTS (SELECT 1 FROM active_signoff)
BEGIN SELECT RAISE(ABORT, 'signed off: the tally of this round is frozen'); END;
CREATE TRIGGER signoff_freeze_criterion_delete BEFORE DELETE ON criterion WHEN EXISTS (SELECT 1 FROM active_signoff)
BEGIN SELECT RAISE(ABORT, 'signed off: the tally of this round is frozen'); END;

CREATE TRIGGER signoff_freeze_tier_insert BEFORE INSERT ON tier WHEN EXISTS (SELECT 1 FROM active_signoff)
BEGIN SELECT RAISE(ABORT, 'signed off: the tally of this round is frozen'); END;
CREATE TRIGGER signoff_freeze_tier_update BEFORE UPDATE ON tier WHEN EXISTS (SELECT 1 FROM active_signoff)
BEGIN SELECT RAISE(ABORT, 'signed off: the tally of this round is frozen'); END;
CREATE TRIGGER signoff_freeze_tier_delete BEFORE DELETE ON tier WHEN EXISTS (SELECT 1 FROM active_signoff)
BEGIN SELECT RAISE(ABORT, 'signed off: the tally of this round is frozen'); END;

CREATE TRIGGER signoff_freeze_submission_insert BEFORE INSERT ON submission WHEN EXISTS (SELECT 1 FROM active_signoff)
BEGIN SELECT RAISE(ABORT, 'signed off: the tally of this round is frozen'); END;
CREATE TRIGGER signoff_freeze_submission_update BEFORE UPDATE OF status, category_id ON submission
WHEN EXISTS (SELECT 1 FROM active_signoff)
BEGIN SELECT RAISE(ABORT, 'signed off: the tally of this round is frozen'); END;
CREATE TRIGGER signoff_freeze_submission_delete BEFORE DELETE ON submission WHEN EXISTS (SELECT 1 FROM active_signoff)
BEGIN SELECT RAISE(ABORT, 'signed off: the tally of this round is frozen'); END;
)sql";

// Version 3: the key of every package the award wrote, by judge and salt, so that a merge reads it instead of
// running PBKDF2 again for each package (4,096 HMAC rounds: most of the cost of merging 200 packages). The award
// already holds the access code the key is derived from, so keeping the key beside it reveals nothing more. A new
// access code makes the judge's earlier keys worthless, so they go with the old code.
constexpr const char* kVersion3 = R"sql(
CREATE TABLE package_key (
    judge_id   INTEGER NOT NULL REFERENCES judge(id) ON DELETE CASCADE,
    salt       BLOB NOT NULL,
    iterations INTEGER NOT NULL,
    key        BLOB NOT NULL,
    PRIMARY KEY (judge_id, salt)
) WITHOUT ROWID;

CREATE TRIGGER package_key_code_change AFTER UPDATE OF access_code ON judge
WHEN OLD.access_code IS NOT NEW.access_code
BEGIN DELETE FROM package_key WHERE judge_id = NEW.id; END;
)sql";

constexpr std::array kMigrations{
    Migration{1, kVersion1},
    Migration{2, kVersion2},
    Migration{3, kVersion3},
};

} // namespace

std::span<const Migration> awardMigrations() {
    return kMigrations;
}

int currentAwardSchemaVersion() {
    return kMigrations.back().version;
}

} // namespace jurybox::store
