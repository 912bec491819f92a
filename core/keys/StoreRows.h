// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The prepare → bind → step-until-done loop every inventory query shares.

#include "common/Result.h"
#include "storage/Database.h"

#include <QList>
#include <QString>

#include <functional>

namespace keyward::core {

using RowBinder = std::function<void(Statement&)>;

// `expectedRows` reserves the list up front: growing a list of large records by reallocation
// moves every record each time, which dominated loading 100,000 keys.
template <typename T, typename RowMapper>
Result<QList<T>> collectRows(Database& db, const QString& sql, const RowBinder& bind, RowMapper map,
                             qsizetype expectedRows = 0)
{
    Result<Statement> stmt = db.prepare(sql);
    if (!stmt.ok())
        return stmt.error();
    if (bind)
        bind(*stmt);
    QList<T> rows;
    if (expectedRows > 0)
        rows.reserve(expectedRows);
    for (;;) {
        Result<bool> row = stmt->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            return rows;
        rows.append(map(*stmt));
    }
}

} // namespace keyward::core
