// SPDX-License-Identifier: GPL-3.0-or-later
// Contrast in the three palettes Keyward is shown in (issue 16): the desktop's light one, a dark
// one and the high-contrast theme. Every theme::Tone and state colour is measured against the
// background it is drawn on with the WCAG 2.1 formula: text 4.5:1 or more (7:1 in high contrast),
// badges, icons and graph lines 3:1 or more. The icons are repainted in the palette's colours
// when it changes, and View ▸ High contrast switches the palette and remembers the choice.
#include "UiTestSupport.h"

#include "RequestPresenter.h"
#include "models/KeyTableModel.h"
#include "trustmap/TrustGraphStyle.h"
#include "widgets/Appearance.h"
#include "widgets/ThemeColours.h"
#include "widgets/ThemedIcon.h"

#include <QApplication>
#include <QHash>
#include <QSettings>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace keyward;
using namespace keyward::ui;

namespace {

QPalette lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion"))); // the caller owns it
    return fusion->standardPalette();
}

struct NamedPalette {
    const char* name;
    QPalette palette;
    double textMinimum;
};

QList<NamedPalette> palettes()
{
    return { { "light", lightPalette(), 4.5 }, { "dark", appearance::darkPalette(), 4.5 },
             { "high contrast", appearance::highContrastPalette(), 7.0 } };
}

const QList<std::pair<const char*, theme::Tone>> Tones { { "muted", theme::Tone::Muted },
                                                          { "danger", theme::Tone::Danger },
                                                          { "warning", theme::Tone::Warning },
                                                          { "success", theme::Tone::Success },
                                                          { "info", theme::Tone::Info } };

const QList<core::KeyState> KeyStates { core::KeyState::Pending, core::KeyState::Active, core::KeyState::Grace,
                                        core::KeyState::Retired, core::KeyState::Revoked, core::KeyState::Destroyed };

const QList<core::RequestState> RequestStates { core::RequestState::Pending, core::RequestState::Approved,
                                                core::RequestState::Rejected, core::RequestState::Cancelled,
                                                core::RequestState::Expired, core::RequestState::Executed };

// One line per pair under `minimum`.
void expectContrast(QStringList& problems, const QString& what, const QColor& fg, const QColor& bg, double minimum)
{
    const double ratio = theme::contrastRatio(fg, bg);
    if (ratio < minimum)
        problems << QStringLiteral("%1: %2 on %3 is %4:1, needs %5:1")
                        .arg(what, fg.name(), bg.name())
                        .arg(ratio, 0, 'f', 2)
                        .arg(minimum);
}

// The colour in `image` (within `area`) that stands out most from `background`: the glyph's ink.
QColor inkOf(const QImage& image, const QColor& background)
{
    QColor ink = background;
    double best = 1.0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() < 250)
                continue;
            const double ratio = theme::contrastRatio(c, background);
            if (ratio > best) {
                best = ratio;
                ink = c;
            }
        }
    }
    return ink;
}

} // namespace

class TestTheme : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void highContrastIsToldFromThePalette();
    void everyToneReadsInEveryPalette();
    void stateColoursReadInEveryPalette();
    void paletteOwnColoursReadInDarkAndHighContrast();
    void graphLinesAndMarksReadOnTheCanvas();
    void iconsFollowThePalette();
    void badgeMarksStandOutFromTheirFill();
    void highContrastActionSwitchesAndRemembers();

private:
    QPalette m_startPalette;
};

void TestTheme::initTestCase()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    m_startPalette = QApplication::palette();
}

void TestTheme::cleanup() { QApplication::setPalette(m_startPalette); }

void TestTheme::highContrastIsToldFromThePalette()
{
    QVERIFY(!theme::isHighContrast(lightPalette()));
    QVERIFY(!theme::isHighContrast(appearance::darkPalette()));
    QVERIFY(theme::isHighContrast(appearance::highContrastPalette()));
    QVERIFY(theme::isDark(appearance::darkPalette()));
    QVERIFY(theme::isDark(appearance::highContrastPalette()));
}

void TestTheme::everyToneReadsInEveryPalette()
{
    QStringList problems;
    for (const NamedPalette& p : palettes()) {
        for (const auto& [name, tone] : Tones) {
            const QColor colour = theme::colour(tone, p.palette);
            for (QPalette::ColorRole background : { QPalette::Window, QPalette::Base, QPalette::AlternateBase })
                expectContrast(problems, QStringLiteral("%1 %2 on role %3").arg(QLatin1String(p.name), QLatin1String(name)).arg(background),
                               colour, p.palette.color(background), p.textMinimum);
            // The message bar: its text on the tone's wash, the border (a graphic) on the window.
            expectContrast(problems, QStringLiteral("%1 text on the %2 message bar").arg(QLatin1String(p.name), QLatin1String(name)),
                           p.palette.color(QPalette::WindowText), theme::wash(tone, p.palette), p.textMinimum);
            expectContrast(problems, QStringLiteral("%1 %2 message bar border").arg(QLatin1String(p.name), QLatin1String(name)),
                           colour, p.palette.color(QPalette::Window), 3.0);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
}

void TestTheme::stateColoursReadInEveryPalette()
{
    // Key state badges (3:1) and state texts (4.5:1) on the table's base; request states as text.
    QStringList problems;
    for (const NamedPalette& p : palettes()) {
        QApplication::setPalette(p.palette);
        const QColor base = p.palette.color(QPalette::Base);
        for (core::KeyState state : KeyStates) {
            const QString name = KeyTableModel::stateText(state);
            expectContrast(problems, QStringLiteral("%1 %2 badge").arg(QLatin1String(p.name), name),
                           KeyTableModel::stateColor(state), base, 3.0);
            expectContrast(problems, QStringLiteral("%1 %2 state text").arg(QLatin1String(p.name), name),
                           KeyTableModel::stateTextColor(state), base, p.textMinimum);
        }
        for (core::RequestState state : RequestStates)
            expectContrast(problems,
                           QStringLiteral("%1 request %2").arg(QLatin1String(p.name), RequestPresenter::stateText(state)),
                           RequestPresenter::stateColor(state), base, p.textMinimum);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
}

void TestTheme::paletteOwnColoursReadInDarkAndHighContrast()
{
    // Our own palettes: text, placeholders, links, selection and the (yellow) focus.
    QStringList problems;
    for (const NamedPalette& p : palettes()) {
        if (QByteArrayView(p.name) == "light")
            continue; // the desktop's
        const QPalette& pal = p.palette;
        const QString n = QLatin1String(p.name);
        expectContrast(problems, n + QStringLiteral(" window text"), pal.color(QPalette::WindowText), pal.color(QPalette::Window), p.textMinimum);
        expectContrast(problems, n + QStringLiteral(" text"), pal.color(QPalette::Text), pal.color(QPalette::Base), p.textMinimum);
        expectContrast(problems, n + QStringLiteral(" button text"), pal.color(QPalette::ButtonText), pal.color(QPalette::Button), p.textMinimum);
        expectContrast(problems, n + QStringLiteral(" placeholder"), pal.color(QPalette::PlaceholderText), pal.color(QPalette::Base), 4.5);
        expectContrast(problems, n + QStringLiteral(" link"), pal.color(QPalette::Link), pal.color(QPalette::Base), p.textMinimum);
        expectContrast(problems, n + QStringLiteral(" selected text"), pal.color(QPalette::HighlightedText), pal.color(QPalette::Highlight), 4.5);
        expectContrast(problems, n + QStringLiteral(" tooltip"), pal.color(QPalette::ToolTipText), pal.color(QPalette::ToolTipBase), p.textMinimum);
        if (theme::isHighContrast(pal)) {
            expectContrast(problems, n + QStringLiteral(" focus/selection"), pal.color(QPalette::Highlight), pal.color(QPalette::Window), 3.0);
            expectContrast(problems, n + QStringLiteral(" frames"), pal.color(QPalette::Mid), pal.color(QPalette::Window), 3.0);
            expectContrast(problems, n + QStringLiteral(" disabled text"),
                           pal.color(QPalette::Disabled, QPalette::WindowText), pal.color(QPalette::Disabled, QPalette::Window), 4.5);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
}

void TestTheme::graphLinesAndMarksReadOnTheCanvas()
{
    using namespace ui::trustmap;
    QStringList problems;
    const QColor canvas = style::canvasColor;
    for (auto edge : { style::EdgeStyle::Membership, style::EdgeStyle::Declared, style::EdgeStyle::Observed,
                       style::EdgeStyle::DeclaredAndObserved })
        for (bool lowDetail : { false, true })
            expectContrast(problems, QStringLiteral("edge style %1").arg(int(edge)), style::edgePen(edge, lowDetail).color(),
                           canvas, 3.0);
    for (const auto& [name, colour] : { std::pair { "selected", style::selectedColor }, { "breaks", style::breaksColor },
                                        { "exposed", style::exposedColor }, { "match", style::matchColor },
                                        { "stale", style::staleColor } })
        expectContrast(problems, QLatin1String(name), colour, canvas, 3.0);
    for (core::KeyState state : KeyStates) {
        GraphNode kid;
        kid.kind = NodeKind::Kid;
        kid.state = state;
        expectContrast(problems, QStringLiteral("kid border %1").arg(KeyTableModel::stateText(state)), style::nodeBorder(kid),
                       canvas, 3.0);
        expectContrast(problems, QStringLiteral("kid label %1").arg(KeyTableModel::stateText(state)), style::textColor,
                       style::nodeFill(kid), 4.5);
    }
    // The graph keeps its light canvas in a dark palette: its colours must not follow the palette.
    QApplication::setPalette(appearance::darkPalette());
    GraphNode grace;
    grace.state = core::KeyState::Grace;
    const QColor darkBorder = style::nodeBorder(grace);
    QApplication::setPalette(lightPalette());
    QCOMPARE(darkBorder, style::nodeBorder(grace));
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
}

void TestTheme::iconsFollowThePalette()
{
    // A real tool button with a page icon: switching the application palette repaints the glyph
    // in the new text colour, at 3:1 or more against the window, with no rebuilt icon.
    QApplication::setPalette(lightPalette());
    QToolButton button;
    button.setIcon(themedIcon("keys"));
    button.setIconSize(QSize(32, 32));
    button.setAutoRaise(true);
    button.resize(48, 48);
    button.show();
    QVERIFY(QTest::qWaitForWindowExposed(&button));
    QList<QColor> inks;
    for (const NamedPalette& p : palettes()) {
        QApplication::setPalette(p.palette);
        QApplication::processEvents();
        const QColor window = button.palette().color(QPalette::Button);
        const QColor ink = inkOf(button.grab().toImage(), window);
        QVERIFY2(theme::contrastRatio(ink, window) >= 3.0,
                 qPrintable(QStringLiteral("%1: icon %2 on %3").arg(QLatin1String(p.name), ink.name(), window.name())));
        inks << ink;
    }
    QVERIFY2(inks[0] != inks[1], "the icon kept its light-palette colour in the dark palette");
    QVERIFY(theme::relativeLuminance(inks[0]) < 0.2); // dark glyph on light
    QVERIFY(theme::relativeLuminance(inks[1]) > 0.4); // light glyph on dark
    QCOMPARE(inks[2], QColor(Qt::white)); // high contrast: white
}

void TestTheme::badgeMarksStandOutFromTheirFill()
{
    // warning / error / success / info: a filled shape in the tone with a mark inside; the mark
    // must read on the fill and the fill on the window, in every palette.
    QStringList problems;
    for (const NamedPalette& p : palettes()) {
        QApplication::setPalette(p.palette);
        for (const char* name : { "warning", "error", "success", "info" }) {
            const QImage image = themedIcon(name).pixmap(48, 48).toImage();
            // The fill is the commonest opaque colour; the mark the one that stands out most from it.
            QHash<QRgb, int> counts;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    if (image.pixelColor(x, y).alpha() == 255)
                        ++counts[image.pixel(x, y)];
            QRgb commonest = 0;
            for (auto it = counts.cbegin(); it != counts.cend(); ++it)
                if (it.value() > counts.value(commonest))
                    commonest = it.key();
            const QColor fill = QColor::fromRgb(commonest);
            const QColor mark = inkOf(image, fill);
            expectContrast(problems, QStringLiteral("%1 %2 mark").arg(QLatin1String(p.name), QLatin1String(name)), mark, fill, 3.0);
            expectContrast(problems, QStringLiteral("%1 %2 badge").arg(QLatin1String(p.name), QLatin1String(name)), fill,
                           p.palette.color(QPalette::Window), 3.0);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
}

void TestTheme::highContrastActionSwitchesAndRemembers()
{
    QTemporaryDir config;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, config.path());
    QSettings().remove(QStringLiteral("ui/highContrast"));
    QApplication::setPalette(lightPalette());
    const QPalette before = QApplication::palette();
    QVERIFY(!appearance::highContrastChosen());

    appearance::HighContrastAction action;
    QSignalSpy switched(&action, &appearance::HighContrastAction::switched);
    QVERIFY(!action.isChecked());
    action.trigger();
    QCOMPARE(switched.size(), 1);
    QVERIFY(theme::isHighContrast(QApplication::palette()));
    QVERIFY2(qApp->styleSheet().contains(QLatin1String("QLineEdit")), "high contrast frames the text fields");
    QVERIFY(appearance::highContrastChosen());
    // The next start (a new action) shows the stored choice.
    appearance::HighContrastAction next;
    QVERIFY(next.isChecked());

    action.trigger();
    QCOMPARE(switched.size(), 2);
    QVERIFY(!theme::isHighContrast(QApplication::palette()));
    QCOMPARE(QApplication::palette().color(QPalette::Window), before.color(QPalette::Window));
    QVERIFY(qApp->styleSheet().isEmpty());
    QVERIFY(!appearance::highContrastChosen());
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
