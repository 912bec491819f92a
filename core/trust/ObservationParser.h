// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The hot loop of an observation import (SPEC §5): lines of `workload, kid, event, at` (CSV with
// an optional header, or JSON Lines) parsed in place from a byte buffer — no allocation per line —
// and folded into first/last seen and a count per (workload, kid). A gateway log of a billion
// lines keeps only one aggregate per distinct pair in memory. Names are looked up in tables
// given up front; lines naming an unknown workload or kid, or that do not parse, are reported
// with their line number (the first kMaxErrors kept, all counted).

#include "trust/WorkloadImport.h"

#include <QCoreApplication>
#include <QStringList>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace keyward::core {

class ObservationParser {
    Q_DECLARE_TR_FUNCTIONS(keyward::core::ObservationParser)
public:
    static constexpr int kMaxErrors = 1000;

    struct Aggregate {
        qint64 firstMs = 0; // ms since the epoch, UTC
        qint64 lastMs = 0;
        qint64 count = 0;
    };

    ObservationParser(const QStringList& workloads, const QStringList& kids);

    // Feeds whole lines (the buffer ends at a line end or at the end of input).
    void feed(const char* begin, const char* end);

    qint64 lines() const { return m_lines; }
    qint64 accepted() const { return m_accepted; }
    qint64 errorCount() const { return m_errorCount; }
    const QList<ImportLineError>& errors() const { return m_errors; }
    // (workload index << 32 | kid index) → aggregate; indexes into the constructor's lists.
    const std::unordered_map<quint64, Aggregate>& aggregates() const { return m_aggregates; }

    // "2026-01-01T09:00:00Z", with optional fraction and offset, or seconds since the epoch.
    static bool parseTime(std::string_view text, qint64& msOut);

private:
    void line(std::string_view text);
    void error(const QString& message);
    bool splitCsv(std::string_view text, std::string_view (&fields)[4]);
    bool splitJson(std::string_view text, std::string_view (&fields)[4], std::string& scratch);

    std::vector<std::string> m_names; // owns the bytes the maps' keys view
    std::unordered_map<std::string_view, int> m_workloads;
    std::unordered_map<std::string_view, int> m_kids;
    std::unordered_map<quint64, Aggregate> m_aggregates;
    quint64 m_lastPairKey = ~quint64(0);
    Aggregate* m_lastPair = nullptr;
    int m_columns[4] = { 0, 1, 2, 3 }; // CSV: workload, kid, event, at
    bool m_sawFirstLine = false;
    qint64 m_lines = 0;
    qint64 m_accepted = 0;
    qint64 m_errorCount = 0;
    QList<ImportLineError> m_errors;
    std::string m_scratch;
};

} // namespace keyward::core
