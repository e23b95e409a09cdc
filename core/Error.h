// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <stdexcept>

namespace jurybox {

/// Base of every error Jurybox reports to a user: the message is meant to be read by a person.
class Error : public std::runtime_error {
public:
    explicit Error(const QString& message)
        : std::runtime_error(message.toStdString()) {}
    QString message() const { return QString::fromStdString(what()); }
};

/// Bad input from a file the user supplied: names the file, the line, the column and the rule broken.
class InputError : public Error {
public:
    InputError(QString file, int line, QString column, const QString& problem)
        : Error(format(file, line, column, problem))
        , m_file(std::move(file))
        , m_line(line)
        , m_column(std::move(column))
        , m_problem(problem) {}
    const QString& file() const { return m_file; }
    int line() const { return m_line; }
    const QString& column() const { return m_column; }
    const QString& problem() const { return m_problem; }

private:
    static QString format(const QString& file, int line, const QString& column, const QString& problem) {
        QString where = file;
        if (line > 0)
            where += QStringLiteral(":%1").arg(line);
        if (!column.isEmpty())
            where += QStringLiteral(": column \"%1\"").arg(column);
        return where.isEmpty() ? problem : where + QStringLiteral(": ") + problem;
    }

    QString m_file;
    int m_line;
    QString m_column;
    QString m_problem;
};

/// An operation refused because it would break a rule of the award (a conflict of interest, a sign-off).
class ConflictError : public Error {
public:
    using Error::Error;
};

/// A file whose content is not what Jurybox wrote: wrong kind of file, tampering, newer schema.
class IntegrityError : public Error {
public:
    using Error::Error;
};

/// The user stopped a long operation (Database::interrupt): the transaction in progress rolled back, so the file is
/// exactly as it was before that transaction began.
class Cancelled : public Error {
public:
    using Error::Error;
};

/// SQLite refused an operation; carries SQLite's result code.
class StorageError : public Error {
public:
    StorageError(const QString& message, int code)
        : Error(message)
        , m_code(code) {}
    int code() const { return m_code; }

private:
    int m_code;
};

} // namespace jurybox
