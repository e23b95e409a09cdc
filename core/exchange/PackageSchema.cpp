// SPDX-License-Identifier: Apache-2.0
#include "core/exchange/PackageSchema.h"

namespace jurybox::exchange {

const char* packageSchema() {
    return R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE category (
    id          INTEGER PRIMARY KEY,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    description TEXT NOT NULL
);

CREATE TABLE criterion (
    id          INTEGER PRIMARY KEY,
    category_id INTEGER NOT NULL REFERENCES category(id),
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    description TEXT NOT NULL,
    weight      REAL NOT NULL,
    scale_min   REAL NOT NULL,
    scale_max   REAL NOT NULL
);

CREATE TABLE descriptor (
    criterion_id INTEGER NOT NULL REFERENCES criterion(id),
    level        REAL NOT NULL,
    text         TEXT NOT NULL,
    PRIMARY KEY (criterion_id, level)
) WITHOUT ROWID;

CREATE TABLE tier (
    position INTEGER PRIMARY KEY,
    name     TEXT NOT NULL
);

CREATE TABLE submission (
    id           INTEGER PRIMARY KEY,
    ref          TEXT NOT NULL UNIQUE,
    title        TEXT NOT NULL,
    city         TEXT NOT NULL,
    country      TEXT NOT NULL,
    organisation TEXT NOT NULL,
    summary      TEXT NOT NULL,
    contact      TEXT NOT NULL,
    category_id  INTEGER NOT NULL REFERENCES category(id)
);

CREATE TABLE scorecard (
    id            INTEGER PRIMARY KEY,
    submission_id INTEGER NOT NULL UNIQUE REFERENCES submission(id),
    comment       TEXT NOT NULL DEFAULT '',
    status        TEXT NOT NULL CHECK (status IN ('draft', 'submitted')),
    revision      INTEGER NOT NULL CHECK (revision >= 1),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    signature     BLOB NOT NULL
);

CREATE TABLE score (
    scorecard_id INTEGER NOT NULL REFERENCES scorecard(id) ON DELETE CASCADE,
    criterion_id INTEGER NOT NULL REFERENCES criterion(id),
    value        REAL NOT NULL,
    PRIMARY KEY (scorecard_id, criterion_id)
) WITHOUT ROWID;
)sql";
}

} // namespace jurybox::exchange
