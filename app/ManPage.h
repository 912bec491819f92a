// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Renders a program's option tables as a roff man page (man(7) macros). Both programs print it
// with the hidden option --help-man, and the build turns that output into keyward.1 and
// keyward-cli.1 (app/GenerateManPage.cmake): the man pages are made from the very tables that
// --help prints, so they cannot drift apart.

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

namespace keyward::app {

struct ManEntry {
    QString term; // "--vault PATH" or a command synopsis
    QString text; // one paragraph
};

struct ManSection {
    QString title; // "OPTIONS", "COMMANDS", ...
    QList<ManEntry> entries; // a tagged list, or empty for `paragraph`
    QString paragraph;
};

struct ManPageText {
    QString program; // "keyward-cli"
    QString summary; // the NAME line after the dash
    QString version;
    QStringList synopsis; // usage lines without the program name
    QString description;
    QList<ManSection> sections;
};

// Escapes text for roff: backslashes, a leading control character, and hyphens (so options are
// typed as ASCII minus signs when copied out of the rendered page).
inline QString roffEscape(const QString& text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('\\'))
            out += QLatin1String("\\e");
        else if (c == QLatin1Char('-'))
            out += QLatin1String("\\-");
        else
            out += c;
    }
    QStringList lines = out.split(QLatin1Char('\n'));
    for (QString& line : lines) {
        if (line.startsWith(QLatin1Char('.')) || line.startsWith(QLatin1Char('\'')))
            line.prepend(QLatin1String("\\&"));
    }
    return lines.join(QLatin1Char('\n'));
}

// "--vault <path>" for a QCommandLineOption, the way QCommandLineParser's help shows it.
inline ManEntry manEntry(const QCommandLineOption& option)
{
    QStringList names;
    for (const QString& name : option.names())
        names.append((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
    QString term = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        term += QStringLiteral(" <%1>").arg(option.valueName());
    return { term, option.description() };
}

inline QString renderManPage(const ManPageText& page)
{
    QString roff;
    roff += QStringLiteral(".TH \"%1\" 1 \"\" \"%2 %3\" \"User Commands\"\n")
                .arg(page.program.toUpper(), roffEscape(page.program), page.version);
    roff += QStringLiteral(".SH NAME\n%1 \\- %2\n").arg(roffEscape(page.program), roffEscape(page.summary));
    roff += QStringLiteral(".SH SYNOPSIS\n");
    for (const QString& line : page.synopsis)
        roff += QStringLiteral(".B %1\n%2\n.br\n").arg(roffEscape(page.program), roffEscape(line));
    roff += QStringLiteral(".SH DESCRIPTION\n%1\n").arg(roffEscape(page.description));
    for (const ManSection& section : page.sections) {
        roff += QStringLiteral(".SH %1\n").arg(roffEscape(section.title));
        if (!section.paragraph.isEmpty())
            roff += roffEscape(section.paragraph) + QLatin1Char('\n');
        for (const ManEntry& entry : section.entries)
            roff += QStringLiteral(".TP\n.B %1\n%2\n").arg(roffEscape(entry.term), roffEscape(entry.text));
    }
    return roff;
}

} // namespace keyward::app
