// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlainText.h"

#include <QJsonArray>

namespace keyward::core {

namespace {

bool isBidiControl(char32_t c)
{
    // Embeddings and overrides (LRE, RLE, PDF, LRO, RLO) and isolates (LRI, RLI, FSI, PDI): the
    // "Trojan Source" characters. The plain marks (LRM, RLM, ALM) stay allowed: right-to-left
    // names need them and they cannot reorder a whole run.
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

QString codePoint(char32_t c)
{
    return QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

Status refusal(const QString& field, char32_t c, qsizetype index)
{
    const QString position = QString::number(index + 1);
    if (c == U'\n')
        return Error(ErrorCode::InvalidArgument,
                     PlainText::tr("%1 contains a line break at position %2; it must be a single line.")
                         .arg(field, position));
    if (isBidiControl(c))
        return Error(ErrorCode::InvalidArgument,
                     PlainText::tr("%1 contains a bidirectional control character (%2) at position %3; such "
                                   "characters are not allowed.")
                         .arg(field, codePoint(c), position));
    //: %2 is a code point such as U+001B, %3 a 1-based character position.
    return Error(ErrorCode::InvalidArgument,
                 PlainText::tr("%1 contains a control character (%2) at position %3; control characters are not "
                               "allowed.")
                     .arg(field, codePoint(c), position));
}

Status checkValue(const QJsonValue& value, const QString& field, const QString& path);

Status checkObject(const QJsonObject& object, const QString& field, const QString& path)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString member = path.isEmpty() ? it.key() : path + u'.' + it.key();
        KEYWARD_TRY(PlainText::check(it.key(), field + QStringLiteral(" (%1)").arg(member)));
        KEYWARD_TRY(checkValue(it.value(), field, member));
    }
    return {};
}

Status checkValue(const QJsonValue& value, const QString& field, const QString& path)
{
    if (value.isString())
        return PlainText::check(value.toString(), field + QStringLiteral(" (%1)").arg(path));
    if (value.isObject())
        return checkObject(value.toObject(), field, path);
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            KEYWARD_TRY(checkValue(array.at(i), field, QStringLiteral("%1[%2]").arg(path).arg(i)));
    }
    return {};
}

} // namespace

bool PlainText::isForbidden(char32_t c, Lines lines)
{
    if (c == U'\n')
        return lines == Lines::Single;
    // C0, DEL and C1; U+2028/U+2029 are line breaks to Qt and to some terminals.
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029)
        return true;
    return isBidiControl(c);
}

qsizetype PlainText::firstForbidden(QStringView text, Lines lines)
{
    const QList<uint> codePoints = text.toUcs4();
    for (qsizetype i = 0; i < codePoints.size(); ++i) {
        if (isForbidden(char32_t(codePoints.at(i)), lines))
            return i;
    }
    return -1;
}

Status PlainText::check(QStringView text, const QString& field, Lines lines)
{
    const qsizetype index = firstForbidden(text, lines);
    if (index < 0)
        return {};
    return refusal(field, char32_t(text.toUcs4().at(index)), index);
}

Status PlainText::checkEach(const QStringList& texts, const QString& field)
{
    for (const QString& text : texts)
        KEYWARD_TRY(check(text, field));
    return {};
}

Status PlainText::checkJson(const QJsonObject& object, const QString& field)
{
    return checkObject(object, field, QString());
}

} // namespace keyward::core
