// SPDX-License-Identifier: GPL-3.0-or-later
#include "trustmap/TrustGraphExport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>

namespace keyward::ui::trustmap {

QImage renderScene(QGraphicsScene& scene, int maxSide)
{
    const QRectF source = scene.sceneRect();
    const qreal scale = std::min<qreal>(1.0, maxSide / std::max(source.width(), source.height()));
    QImage image(
        (source.size() * scale).toSize().expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), image.size()), source);
    return image;
}

QString exportPng(QGraphicsScene& scene, const QString& path, int maxSide)
{
    const QImage image = renderScene(scene, maxSide);
    // Through a QSaveFile: a failed write leaves no half picture under the chosen name.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate(
            "keyward::ui::trustmap::TrustGraphExport", "Could not write %1: %2")
            .arg(path, file.errorString());
    if (!image.save(&file, "PNG"))
        return QCoreApplication::translate(
            "keyward::ui::trustmap::TrustGraphExport", "Could not encode the map as PNG (%1 × %2 pixels).")
            .arg(image.width())
            .arg(image.height());
    if (!file.commit())
        return QCoreApplication::translate(
            "keyward::ui::trustmap::TrustGraphExport", "Could not write %1: %2")
            .arg(path, file.errorString());
    return {};
}

QString exportSvg(QGraphicsScene& scene, const QString& path, const QString& title)
{
    // Rendered into memory first: the SVG engine may close its device, which a QSaveFile forbids.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const QRectF source = scene.sceneRect();
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(source.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
        svg.setTitle(title);
        svg.setDescription(QCoreApplication::translate("keyward::ui::trustmap::TrustGraphExport",
            "Keyward trust map: key sets, kids and the workloads that trust them."));
        QPainter painter(&svg);
        painter.fillRect(QRectF(QPointF(0, 0), source.size()), Qt::white);
        scene.render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(buffer.data()) != buffer.data().size()
        || !file.commit())
        return QCoreApplication::translate(
            "keyward::ui::trustmap::TrustGraphExport", "Could not write %1: %2")
            .arg(path, file.errorString());
    return {};
}

} // namespace keyward::ui::trustmap
