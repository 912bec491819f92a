// SPDX-License-Identifier: GPL-3.0-or-later
// The keyboard and screen-reader walk (issue 16): the main window over the demo vault content,
// every page of the rail and every dialog its page actions and menus open, walked with Tab the
// way an officer without a mouse would. Every widget Tab reaches must tell a screen reader what
// it is (QAccessible's Name: accessibleName, a buddy label, or its own text), and Tab must come
// back round (no focus trap). Also: the window holds at 1024×700 (nothing forced wider, every
// toolbar button of every page shown rather than pushed into the toolbar's overflow), and the
// texts stay readable in a dark and in the high-contrast palette. CTest runs it once more under
// QT_SCALE_FACTOR=2 (tst_accessibility_scale2). Set KEYWARD_SCREENSHOT_DIR to save PNGs.
#include "UiTestSupport.h"

#include "MainWindow.h"
#include "demo/DemoKeySeeder.h"
#include "demo/DemoRequestSeeder.h"
#include "pages/Page.h"
#include "widgets/Appearance.h"
#include "widgets/NavigationRail.h"
#include "widgets/ThemeColours.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPalette>
#include <QStyleFactory>
#include <QTest>
#include <QTimer>
#include <QToolBar>

using namespace keyward;
using namespace keyward::ui;
using namespace keyward::ui::test;
using namespace std::chrono_literals;

namespace {

QString describe(const QWidget* w)
{
    return QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
}

// Widgets the walk may leave unnamed: none.
const QStringList NamedOnTheirBranch {};

QString accessibleName(QWidget* w)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

// Tabs through `root` (a window or dialog) from its first focus widget until focus comes back
// round. Returns the widgets reached; `problems` gets one line per unnamed widget or trap.
QList<QWidget*> walkWithTab(QWidget* root, const QString& where, QStringList& problems)
{
    QList<QWidget*> reached;
    root->activateWindow();
    QApplication::setActiveWindow(root);
    QWidget* first = QApplication::focusWidget();
    if (!first || first->window() != root->window()) {
        for (QWidget* w = root->nextInFocusChain(); w && w != root; w = w->nextInFocusChain()) {
            if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
                w->setFocus(Qt::TabFocusReason);
                break;
            }
        }
        first = QApplication::focusWidget();
    }
    if (!first) {
        problems << QStringLiteral("%1: nothing takes keyboard focus").arg(where);
        return reached;
    }
    QWidget* current = first;
    for (int step = 0; step < 200; ++step) {
        if (!reached.contains(current)) {
            reached.append(current);
            if (accessibleName(current).isEmpty() && !NamedOnTheirBranch.contains(current->objectName()))
                problems << QStringLiteral("%1: %2 has no accessible name").arg(where, describe(current));
        }
        QTest::keyClick(current, Qt::Key_Tab);
        QWidget* next = QApplication::focusWidget();
        if (!next || next == first || reached.contains(next))
            return reached;
        current = next;
    }
    problems << QStringLiteral("%1: Tab never comes back round (focus trap)").arg(where);
    return reached;
}

// Keyward's own dialogs (Qt's file dialogs and message boxes are Qt's business).
bool isKeywardDialog(const QWidget* w)
{
    return qobject_cast<const QDialog*>(w) && !qobject_cast<const QFileDialog*>(w)
        && !qobject_cast<const QMessageBox*>(w)
        && QByteArray(w->metaObject()->className()).startsWith("keyward::");
}

} // namespace

class TestAccessibility : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyPageAndDialogIsNamedAndTabbable();
    void everyPageHasAShortcutOrMenuEntry();
    void holdsAt1024x700();
    void darkPaletteKeepsStateColoursReadable_data();
    void darkPaletteKeepsStateColoursReadable();

private:
    bool openDemoWindow(QSize size = QSize(1024, 700));

    TestVault m_tv;
    std::unique_ptr<core::Vault> m_vault;
    std::unique_ptr<MainWindow> m_window;
};

void TestAccessibility::initTestCase()
{
    auto alice = m_tv.create();
    QVERIFY(alice);
    QVERIFY(core::seedDemoKeys(*alice, m_tv.clock));
    const core::Status seeded = core::seedDemoRequests(*alice, QStringLiteral("bob"), secret(BobPassphrase));
    QVERIFY2(seeded.ok(), qPrintable(seeded.message()));
    alice->lock();
}

bool TestAccessibility::openDemoWindow(QSize size)
{
    m_window.reset();
    m_vault = m_tv.open(QStringLiteral("alice"), AlicePassphrase);
    if (!m_vault)
        return false;
    m_window = std::make_unique<MainWindow>(*m_vault, fixedKdf(core::KdfParams::forTests()), 0ms);
    m_window->resize(size);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return false;
    m_window->activateWindow();
    return QTest::qWaitForWindowActive(m_window.get());
}

void TestAccessibility::everyPageAndDialogIsNamedAndTabbable()
{
    QVERIFY(openDemoWindow());
    auto* rail = m_window->findChild<NavigationRail*>();
    QVERIFY(rail);
    QStringList problems;
    int dialogs = 0;
    for (int row = 0; row < rail->count(); ++row) {
        const QString id = rail->item(row)->data(NavigationRail::PageIdRole).toString();
        rail->setCurrentRow(row);
        const QString where = QStringLiteral("page %1").arg(rail->item(row)->text());
        rail->setFocus(Qt::TabFocusReason);
        const QList<QWidget*> reached = walkWithTab(m_window.get(), where, problems);
        // Tab must leave the rail: a page whose controls Tab never reaches is a mouse-only page.
        Page* page = m_window->page(id.isEmpty() ? m_window->currentPageId() : id);
        if (page && std::none_of(reached.cbegin(), reached.cend(), [&](QWidget* w) { return page->isAncestorOf(w); })
            && !page->findChildren<QWidget*>().isEmpty()) {
            bool anyFocusable = false;
            for (QWidget* w : page->findChildren<QWidget*>())
                anyFocusable = anyFocusable || (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus));
            if (anyFocusable)
                problems << QStringLiteral("%1: Tab never reaches the page's controls").arg(where);
        }
        grabIfAsked(m_window.get(), QStringLiteral("a11y-%1.png").arg(row));

        // Every dialog this page's toolbar actions open.
        if (!page)
            continue;
        for (QAction* action : page->pageActions()) {
            if (!action->isEnabled() || !action->isVisible())
                continue;
            bool walked = false;
            QTimer::singleShot(0, this, [&] {
                // Modal dialogs run their own event loop: walk the dialog from inside it.
                QWidget* dialog = QApplication::activeModalWidget();
                if (!dialog) {
                    for (QWidget* top : QApplication::topLevelWidgets())
                        if (top->isVisible() && isKeywardDialog(top))
                            dialog = top;
                }
                if (!dialog)
                    return;
                if (isKeywardDialog(dialog)) {
                    walkWithTab(dialog, QStringLiteral("%1 → %2").arg(where, action->text().remove(QLatin1Char('&'))),
                                problems);
                    grabIfAsked(dialog, QStringLiteral("a11y-%1-%2.png").arg(row).arg(++dialogs));
                    walked = true;
                }
                dialog->close();
                if (auto* d = qobject_cast<QDialog*>(dialog))
                    d->reject();
            });
            action->trigger();
            QTRY_VERIFY2_WITH_TIMEOUT(walked || !QApplication::activeModalWidget(), qPrintable(action->text()), 5000);
            QApplication::processEvents();
            for (QWidget* top : QApplication::topLevelWidgets())
                if (top->isVisible() && isKeywardDialog(top))
                    top->close();
        }
    }
    QVERIFY2(dialogs > 0, "no dialog was opened from the page actions");
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
}

void TestAccessibility::everyPageHasAShortcutOrMenuEntry()
{
    // Alt+1 … Alt+7 (or a menu entry) reach every page without the mouse; Ctrl+L, Ctrl+F.
    QVERIFY(openDemoWindow());
    auto* rail = m_window->findChild<NavigationRail*>();
    QStringList missing;
    for (int row = 0; row < rail->count(); ++row) {
        rail->setCurrentRow(0);
        QTest::keyClick(m_window.get(), static_cast<Qt::Key>(Qt::Key_1 + row), Qt::AltModifier);
        if (rail->currentRow() != row)
            missing << rail->item(row)->text();
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("no Alt+digit for: ") + missing.join(QStringLiteral(", "))));
    // Every toolbar action is also somewhere a keyboard reaches: a shortcut or a menu.
    QStringList unreachable;
    for (const QAction* action : m_window->findChild<QToolBar*>(QStringLiteral("mainToolBar"))->actions()) {
        if (action->isSeparator() || action->text().isEmpty())
            continue;
        bool inMenu = false;
        for (QAction* menuAction : m_window->menuBar()->actions())
            if (menuAction->menu() && menuAction->menu()->actions().contains(action))
                inMenu = true;
        if (action->shortcut().isEmpty() && !inMenu)
            unreachable << action->text();
    }
    QVERIFY2(unreachable.isEmpty(), qPrintable(unreachable.join(QStringLiteral(", "))));
}

void TestAccessibility::holdsAt1024x700()
{
    QVERIFY(openDemoWindow(QSize(1024, 700)));
    auto* rail = m_window->findChild<NavigationRail*>();
    for (int row = 0; row < rail->count(); ++row) {
        rail->setCurrentRow(row);
        QApplication::processEvents();
        // A minimum size wider or taller than the window means clipped controls.
        const QSize minimum = m_window->minimumSizeHint();
        QVERIFY2(minimum.width() <= 1024 && minimum.height() <= 700,
                 qPrintable(QStringLiteral("%1 needs %2×%3")
                                .arg(rail->item(row)->text())
                                .arg(minimum.width())
                                .arg(minimum.height())));
        QCOMPARE(m_window->size(), QSize(1024, 700));
        // Every toolbar button on show: one pushed into the toolbar's » overflow is one the
        // officer does not see (the Trust map's seven actions did not fit before).
        auto* bar = m_window->findChild<QToolBar*>(QStringLiteral("mainToolBar"));
        QStringList hidden;
        for (QAction* action : bar->actions()) {
            QWidget* button = bar->widgetForAction(action);
            if (!action->isSeparator() && action->isVisible() && button && !button->isVisible())
                hidden << action->text().remove(QLatin1Char('&'));
        }
        QVERIFY2(hidden.isEmpty(), qPrintable(QStringLiteral("%1: toolbar overflows, hiding %2")
                                                   .arg(rail->item(row)->text(), hidden.join(QStringLiteral(", ")))));
        grabIfAsked(m_window.get(), QStringLiteral("a11y-1024x700-%1.png").arg(row));
    }
}

void TestAccessibility::darkPaletteKeepsStateColoursReadable_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<QString>("name");
    // A dark palette as a desktop's dark theme sets it, and View ▸ High contrast's.
    QTest::newRow("dark") << appearance::darkPalette() << QStringLiteral("dark");
    QTest::newRow("high contrast") << appearance::highContrastPalette() << QStringLiteral("contrast");
}

void TestAccessibility::darkPaletteKeepsStateColoursReadable()
{
    // Every label's text must contrast with the background it is drawn on (WCAG 4.5:1 for body
    // text, 3:1 for bold; the test asks 3:1 of every label's rendered pixels).
    QFETCH(QPalette, palette);
    QFETCH(QString, name);
    const QPalette light = QApplication::palette();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    // High contrast as View ▸ High contrast applies it (palette and frames), dark as a desktop does.
    if (theme::isHighContrast(palette))
        appearance::applyHighContrast(true);
    else
        QApplication::setPalette(palette);
    QVERIFY(openDemoWindow());
    auto* rail = m_window->findChild<NavigationRail*>();
    QStringList unreadable;
    const auto luminance = [](const QColor& c) { return theme::relativeLuminance(c); };
    for (int row = 0; row < rail->count(); ++row) {
        rail->setCurrentRow(row);
        QApplication::processEvents();
        grabIfAsked(m_window.get(), QStringLiteral("a11y-%1-%2.png").arg(name).arg(row));
        const QImage shot = m_window->grab().toImage();
        for (QLabel* label : m_window->findChildren<QLabel*>()) {
            if (!label->isVisible() || label->text().isEmpty() || label->width() < 4
                || NamedOnTheirBranch.contains(label->objectName()))
                continue;
            // The label's rendered pixels: its darkest and lightest colour are text and background.
            const qreal ratio = shot.devicePixelRatio(); // 2 under QT_SCALE_FACTOR=2
            const QRect area(label->mapTo(m_window.get(), QPoint(0, 0)) * ratio, label->size() * ratio);
            const QImage pixels = shot.copy(area.intersected(shot.rect()));
            double lo = 1, hi = 0;
            QColor loColour, hiColour;
            for (int y = 0; y < pixels.height(); y += 2) {
                for (int x = 0; x < pixels.width(); x += 2) {
                    const QColor c = pixels.pixelColor(x, y);
                    const double l = luminance(c);
                    if (l < lo) { lo = l; loColour = c; }
                    if (l > hi) { hi = l; hiColour = c; }
                }
            }
            if (hi == lo)
                continue; // nothing drawn (yet)
            const double contrast = (hi + 0.05) / (lo + 0.05);
            if (contrast < 3.0)
                unreadable << QStringLiteral("%1 on %2: %3 on %4 (%5:1)")
                                  .arg(describe(label), rail->item(row)->text(), hiColour.name(), loColour.name())
                                  .arg(contrast, 0, 'f', 1);
        }
    }
    m_window.reset();
    appearance::applyHighContrast(false);
    QApplication::setPalette(light);
    QVERIFY2(unreadable.isEmpty(), qPrintable(QStringLiteral("\n") + unreadable.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
