// SPDX-License-Identifier: GPL-3.0-or-later
#include "ObservationParser.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

namespace keyward::core {

namespace {

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

bool digits(std::string_view s, size_t at, size_t n, int& out)
{
    if (at + n > s.size())
        return false;
    int v = 0;
    for (size_t i = at; i < at + n; ++i) {
        const char c = s[i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    out = v;
    return true;
}

// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

QString text(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

} // namespace

ObservationParser::ObservationParser(const QStringList& workloads, const QStringList& kids)
{
    m_names.reserve(size_t(workloads.size() + kids.size()));
    for (const QString& name : workloads)
        m_names.push_back(name.toStdString());
    for (const QString& kid : kids)
        m_names.push_back(kid.toStdString());
    for (qsizetype i = 0; i < workloads.size(); ++i)
        m_workloads.emplace(std::string_view(m_names[size_t(i)]), int(i));
    for (qsizetype i = 0; i < kids.size(); ++i)
        m_kids.emplace(std::string_view(m_names[size_t(workloads.size() + i)]), int(i));
}

bool ObservationParser::parseTime(std::string_view s, qint64& msOut)
{
    s = trim(s);
    if (s.empty())
        return false;
    if (s.size() <= 12 && s.find_first_not_of("0123456789") == std::string_view::npos) {
        qint64 secs = 0;
        for (char c : s)
            secs = secs * 10 + (c - '0');
        msOut = secs * 1000;
        return true;
    }
    int y, mo, d, h, mi, sec = 0;
    if (s.size() < 16 || !digits(s, 0, 4, y) || s[4] != '-' || !digits(s, 5, 2, mo) || s[7] != '-'
        || !digits(s, 8, 2, d) || (s[10] != 'T' && s[10] != ' ') || !digits(s, 11, 2, h) || s[13] != ':'
        || !digits(s, 14, 2, mi))
        return false;
    size_t at = 16;
    if (at < s.size() && s[at] == ':') {
        if (!digits(s, 17, 2, sec))
            return false;
        at = 19;
    }
    int ms = 0;
    if (at < s.size() && (s[at] == '.' || s[at] == ',')) {
        ++at;
        int scale = 100;
        const size_t start = at;
        while (at < s.size() && s[at] >= '0' && s[at] <= '9') {
            if (scale > 0)
                ms += (s[at] - '0') * scale;
            scale /= 10;
            ++at;
        }
        if (at == start)
            return false;
    }
    qint64 offsetSecs = 0;
    if (at < s.size()) {
        if (s[at] == 'Z' && at + 1 == s.size()) {
            // UTC
        } else if ((s[at] == '+' || s[at] == '-') && at + 6 == s.size() && s[at + 3] == ':') {
            int oh, om;
            if (!digits(s, at + 1, 2, oh) || !digits(s, at + 4, 2, om))
                return false;
            offsetSecs = (oh * 3600 + om * 60) * (s[at] == '-' ? -1 : 1);
        } else {
            return false;
        }
    }
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60)
        return false;
    msOut = ((daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec) - offsetSecs) * 1000 + ms;
    return true;
}

void ObservationParser::error(const QString& message)
{
    ++m_errorCount;
    if (m_errors.size() < kMaxErrors)
        m_errors.append(ImportLineError { m_lines, message });
}

bool ObservationParser::splitCsv(std::string_view s, std::string_view (&fields)[4])
{
    std::string_view cells[8];
    int n = 0;
    size_t start = 0;
    for (;;) {
        const size_t comma = s.find(',', start);
        if (n == 8)
            return false;
        cells[n++] = trim(s.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
        if (comma == std::string_view::npos)
            break;
        start = comma + 1;
    }
    for (int i = 0; i < 4; ++i) {
        if (m_columns[i] >= n)
            return false;
        std::string_view cell = cells[m_columns[i]];
        if (cell.size() >= 2 && cell.front() == '"' && cell.back() == '"')
            cell = cell.substr(1, cell.size() - 2);
        fields[i] = cell;
    }
    return true;
}

// Flat JSON objects with string (or number, for "at") members: found in place; anything with an
// escape sequence goes through QJsonDocument into `scratch` (rare in gateway logs).
bool ObservationParser::splitJson(std::string_view s, std::string_view (&fields)[4], std::string& scratch)
{
    static constexpr std::string_view names[4] = { "\"workload\"", "\"kid\"", "\"event\"", "\"at\"" };
    bool slow = s.find('\\') != std::string_view::npos;
    for (int i = 0; i < 4 && !slow; ++i) {
        const size_t key = s.find(names[i]);
        if (key == std::string_view::npos) {
            if (i == 2) { // event is optional
                fields[i] = {};
                continue;
            }
            return false;
        }
        size_t at = key + names[i].size();
        while (at < s.size() && (s[at] == ' ' || s[at] == ':' || s[at] == '\t'))
            ++at;
        if (at >= s.size())
            return false;
        if (s[at] == '"') {
            const size_t close = s.find('"', at + 1);
            if (close == std::string_view::npos)
                return false;
            fields[i] = s.substr(at + 1, close - at - 1);
        } else {
            size_t endAt = at;
            while (endAt < s.size() && s[endAt] >= '0' && s[endAt] <= '9')
                ++endAt;
            if (endAt == at)
                return false;
            fields[i] = s.substr(at, endAt - at);
        }
    }
    if (!slow)
        return true;
    const QJsonObject object = QJsonDocument::fromJson(QByteArray(s.data(), qsizetype(s.size()))).object();
    if (object.isEmpty())
        return false;
    scratch.clear();
    size_t offsets[4];
    size_t lengths[4];
    const char* keys[4] = { "workload", "kid", "event", "at" };
    for (int i = 0; i < 4; ++i) {
        const QJsonValue v = object.value(QLatin1String(keys[i]));
        const std::string value = v.isDouble() ? std::to_string(v.toInteger()) : v.toString().toStdString();
        offsets[i] = scratch.size();
        lengths[i] = value.size();
        scratch += value;
    }
    for (int i = 0; i < 4; ++i)
        fields[i] = std::string_view(scratch).substr(offsets[i], lengths[i]);
    return true;
}

void ObservationParser::line(std::string_view s)
{
    ++m_lines;
    s = trim(s);
    if (s.empty() || s.front() == '#') {
        return;
    }
    std::string_view fields[4];
    const bool json = s.front() == '{';
    if (!m_sawFirstLine) {
        m_sawFirstLine = true;
        // A CSV header names the columns; take their order from it.
        if (!json && s.find("workload") != std::string_view::npos && s.find("kid") != std::string_view::npos) {
            std::string_view cells[8];
            int n = 0;
            size_t start = 0;
            for (;;) {
                const size_t comma = s.find(',', start);
                cells[n++] = trim(s.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
                if (comma == std::string_view::npos || n == 8)
                    break;
                start = comma + 1;
            }
            static constexpr std::string_view names[4] = { "workload", "kid", "event", "at" };
            QStringList missing;
            for (int i = 0; i < 4; ++i) {
                m_columns[i] = -1;
                for (int c = 0; c < n; ++c) {
                    if (cells[c] == names[i])
                        m_columns[i] = c;
                }
                if (m_columns[i] < 0) {
                    missing.append(text(names[i]));
                    m_columns[i] = 99; // every later line is then reported, not guessed at
                }
            }
            if (!missing.isEmpty()) // one report per line, however many columns are missing
                error(tr("The header names no %1 column.").arg(missing.join(QStringLiteral(", "))));
            return;
        }
    }
    if (!(json ? splitJson(s, fields, m_scratch) : splitCsv(s, fields))) {
        error(json ? tr("Not an observation object with workload, kid and at.")
                   : tr("Expected four fields: workload, kid, event, at."));
        return;
    }
    qint64 ms = 0;
    if (!parseTime(fields[3], ms)) {
        error(tr("\"%1\" is not a time (ISO 8601 or seconds since 1970).").arg(text(fields[3].substr(0, 64))));
        return;
    }
    const auto w = m_workloads.find(fields[0]);
    if (w == m_workloads.end()) {
        error(tr("Unknown workload \"%1\".").arg(text(fields[0].substr(0, 128))));
        return;
    }
    const auto k = m_kids.find(fields[1]);
    if (k == m_kids.end()) {
        error(tr("Unknown kid \"%1\".").arg(text(fields[1].substr(0, 128))));
        return;
    }
    const quint64 pair = (quint64(quint32(w->second)) << 32) | quint32(k->second);
    // Logs come in runs of one pair: skip the hash lookup while the pair repeats.
    if (pair != m_lastPairKey) {
        auto [it, inserted] = m_aggregates.try_emplace(pair, Aggregate { ms, ms, 0 });
        m_lastPair = &it->second;
        m_lastPairKey = pair;
    }
    if (ms < m_lastPair->firstMs)
        m_lastPair->firstMs = ms;
    if (ms > m_lastPair->lastMs)
        m_lastPair->lastMs = ms;
    ++m_lastPair->count;
    ++m_accepted;
}

void ObservationParser::feed(const char* begin, const char* end)
{
    while (begin < end) {
        const char* nl = static_cast<const char*>(std::memchr(begin, '\n', size_t(end - begin)));
        const char* lineEnd = nl ? nl : end;
        line(std::string_view(begin, size_t(lineEnd - begin)));
        begin = nl ? nl + 1 : end;
    }
}

} // namespace keyward::core
