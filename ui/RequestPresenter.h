// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Turns a request's signed `effect` (RequestEffects.h) into words an officer can check before
// approving: a one-line summary and before/after rows. Shared by the Requests page, its detail
// pane, the approval dialog and the Overview, so all of them describe a change the same way.

#include "requests/Request.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

class QTableWidget;

namespace keyward::ui {

struct EffectRow {
    QString what;
    QString before;
    QString after;
    bool changes = true; // false: context (unchanged), shown plainly
};

class RequestPresenter {
    Q_DECLARE_TR_FUNCTIONS(keyward::ui::RequestPresenter)
public:
    // "Rotate kid-a in payments-api (scheduled)", "Change the roles of carol" ...
    static QString summary(const core::Request& request);
    static QList<EffectRow> effectRows(const core::Request& request);
    // What execution did (successor, retirement date, overlap ...), labelled for people.
    static QList<QPair<QString, QString>> outcomeRows(const core::Request& request);
    // Fills a three-column table (What / Now / After) with effectRows(); changed rows in bold.
    static void fillEffectTable(QTableWidget* table, const core::Request& request);
    // Re-measures columns and wrapped rows at the table's current width and makes it exactly as
    // tall as its rows, so the whole effect shows without an inner scroll bar.
    static void fitEffectTable(QTableWidget* table);

    static QString stateText(core::RequestState state);
    static QColor stateColor(core::RequestState state);
    // "Pending — expires in 2 d 5 h", "Expired 3 h ago" ... relative to `now`.
    static QString expiryText(const core::Request& request, const QDateTime& now);
    // A duration in the largest fitting units: "7 days", "2 d 5 h", "45 min", "30 s".
    static QString duration(qint64 secs);
    static QString dateTime(const QDateTime& at); // ISO 8601 UTC, "—" when null
};

} // namespace keyward::ui
