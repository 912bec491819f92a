// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ThemedIcon.h"

#include "widgets/ThemeColours.h"

#include <QFile>
#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace keyward::ui {

namespace {

// The icons are drawn for a light window in these colours; each is a role, recoloured at paint.
const QByteArray GlyphColour = QByteArrayLiteral("#34495e");
const QByteArray MutedColour = QByteArrayLiteral("#8a97a5");
const QByteArray MarkColour = QByteArrayLiteral("#fff"); // the mark inside a filled badge
const std::pair<const char*, theme::Tone> BadgeColours[] = {
    { "#e0a100", theme::Tone::Warning },
    { "#c0392b", theme::Tone::Danger },
    { "#2e8b57", theme::Tone::Success },
    { "#2d7dd2", theme::Tone::Info },
};

class ThemedIconEngine : public QIconEngine {
public:
    explicit ThemedIconEngine(const QString& path)
        : m_path(path)
    {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            m_svg = file.readAll();
    }

    QIconEngine* clone() const override { return new ThemedIconEngine(*this); }
    QString key() const override { return QStringLiteral("keyward-themed-svg"); }
    bool isNull() override { return m_svg.isEmpty(); }

    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override { return size; }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap image = pixmap(rect.size() * ratio, mode, state);
        image.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect, image);
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State) override
    {
        if (size.isEmpty() || m_svg.isEmpty())
            return {};
        const QPalette palette = QGuiApplication::palette();
        const QByteArray svg = recoloured(palette, mode);
        // One cache entry per picture, size and colours: a palette change finds no stale entry.
        const QString cacheKey = QStringLiteral("keyward-icon:%1:%2x%3:%4")
                                     .arg(m_path)
                                     .arg(size.width())
                                     .arg(size.height())
                                     .arg(QString::number(qHash(svg), 16));
        QPixmap result;
        if (QPixmapCache::find(cacheKey, &result))
            return result;
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QSvgRenderer renderer(svg);
        QPainter painter(&image);
        if (mode == QIcon::Disabled)
            painter.setOpacity(0.55); // the badges keep their tone, faded like disabled text
        renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
        painter.end();
        result = QPixmap::fromImage(image);
        QPixmapCache::insert(cacheKey, result);
        return result;
    }

private:
    QByteArray recoloured(const QPalette& palette, QIcon::Mode mode) const
    {
        const QPalette::ColorGroup group = mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active;
        QPalette shown = palette;
        shown.setCurrentColorGroup(group);
        QByteArray svg = m_svg;
        svg.replace(GlyphColour, shown.color(QPalette::WindowText).name().toLatin1());
        svg.replace(MutedColour, theme::colour(theme::Tone::Muted, shown).name().toLatin1());
        for (const auto& [hex, tone] : BadgeColours) {
            if (!svg.contains(hex))
                continue;
            const QColor fill = theme::colour(tone, shown);
            svg.replace(MarkColour, theme::onColour(fill).name().toLatin1());
            svg.replace(hex, fill.name().toLatin1());
        }
        return svg;
    }

    QString m_path;
    QByteArray m_svg;
};

} // namespace

QIcon themedIcon(const QString& name)
{
    return QIcon(new ThemedIconEngine(QStringLiteral(":/icons/%1.svg").arg(name)));
}

QIcon themedIcon(const char* name) { return themedIcon(QString::fromLatin1(name)); }

} // namespace keyward::ui
