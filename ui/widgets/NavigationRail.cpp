// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/NavigationRail.h"
#include "widgets/ThemeColours.h"

#include <QApplication>
#include <QPainter>
#include <QStyledItemDelegate>

namespace keyward::ui {

namespace {

// Paints the item as usual, then a rounded count pill at its right edge.
class BadgeDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(qMax(size.height() + 14, 40));
        return size;
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const int count = index.data(NavigationRail::BadgeRole).toInt();
        if (count <= 0)
            return;
        const QString text = count > 99 ? QStringLiteral("99+") : QString::number(count);
        QFont font = option.font;
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 0.85);
        const QFontMetrics metrics(font);
        const int height = metrics.height() + 4;
        const int width = qMax(height, metrics.horizontalAdvance(text) + 12);
        const QRect pill(option.rect.right() - width - 10, option.rect.center().y() - height / 2, width, height);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xc0, 0x39, 0x2b));
        painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
        painter->setPen(Qt::white);
        painter->setFont(font);
        painter->drawText(pill, Qt::AlignCenter, text);
        painter->restore();
    }
};

} // namespace

NavigationRail::NavigationRail(QWidget* parent)
    : QListWidget(parent)
{
    setItemDelegate(new BadgeDelegate(this));
    setIconSize(QSize(22, 22));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    setAccessibleName(tr("Pages"));
    theme::followPalette(this, [this] { applyStyle(); });
}

void NavigationRail::applyStyle()
{
    // The light theme's blue-grey rail; on a dark palette, the palette's own shades; in high
    // contrast, white on black with the selected page framed in the (yellow) highlight, so its
    // white icon and text stay on black.
    const QPalette pal = QApplication::palette();
    const bool dark = theme::isDark(pal);
    const bool highContrast = theme::isHighContrast(pal);
    const QColor background = highContrast ? pal.color(QPalette::Window)
        : dark                             ? pal.color(QPalette::Window).lighter(125)
                                           : QColor(0xee, 0xf1, 0xf4);
    const QColor text = dark ? pal.color(QPalette::WindowText) : QColor(0x1d, 0x27, 0x33);
    const QString selected = highContrast
        ? QStringLiteral("background: %1; border: 2px solid %2;")
              .arg(pal.color(QPalette::Window).name(), pal.color(QPalette::Highlight).name())
        : QStringLiteral("background: %1;")
              .arg((dark ? pal.color(QPalette::Highlight).darker(160) : QColor(0xd4, 0xe2, 0xf1)).name());
    const QString sheet = QStringLiteral("keyward--ui--NavigationRail { background: %1; padding-top: 6px; }"
                                         "keyward--ui--NavigationRail::item { padding-left: 10px; border-radius: 4px;"
                                         " margin: 1px 6px; color: %2; }"
                                         "keyward--ui--NavigationRail::item:selected { %3 color: %2; }")
                              .arg(background.name(), text.name(), selected);
    if (styleSheet() != sheet)
        setStyleSheet(sheet);
}

void NavigationRail::addPage(const QString& id, const QIcon& icon, const QString& text)
{
    auto* item = new QListWidgetItem(icon, text, this);
    item->setData(PageIdRole, id);
    item->setData(BadgeRole, 0);
}

int NavigationRail::rowOf(const QString& id) const
{
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(PageIdRole).toString() == id)
            return row;
    }
    return -1;
}

QString NavigationRail::currentPageId() const
{
    const QListWidgetItem* current = currentItem();
    return current ? current->data(PageIdRole).toString() : QString();
}

void NavigationRail::selectPage(const QString& id)
{
    const int row = rowOf(id);
    if (row >= 0)
        setCurrentRow(row);
}

void NavigationRail::setBadge(const QString& id, int count)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    QListWidgetItem* it = item(row);
    it->setData(BadgeRole, qMax(0, count));
    // Screen readers get the count in the item's accessible text.
    //: Accessible text of a navigation item with a badge: page name, number of waiting items.
    it->setData(Qt::AccessibleTextRole,
                count > 0 ? tr("%1, %n waiting", nullptr, count).arg(it->text()) : it->text());
}

int NavigationRail::badge(const QString& id) const
{
    const int row = rowOf(id);
    return row < 0 ? 0 : item(row)->data(BadgeRole).toInt();
}

QSize NavigationRail::sizeHint() const
{
    int width = 0;
    const QFontMetrics metrics(font());
    for (int row = 0; row < count(); ++row)
        width = qMax(width, metrics.horizontalAdvance(item(row)->text()));
    // icon + gaps + text + room for a badge
    return QSize(width + iconSize().width() + 90, QListWidget::sizeHint().height());
}

} // namespace keyward::ui
