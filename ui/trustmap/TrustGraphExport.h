// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QGraphicsScene;
class QImage;

namespace keyward::ui::trustmap {

// The whole map as a picture, at full detail (labels and every edge), whatever the view's zoom.
// Each returns an error message, empty on success; nothing is left behind on failure.

// PNG at natural size, scaled down so neither side exceeds `maxSide` pixels.
QString exportPng(QGraphicsScene& scene, const QString& path, int maxSide = 12000);
// SVG, vector, at natural size.
QString exportSvg(QGraphicsScene& scene, const QString& path, const QString& title);
// The rendered image (exportPng and the benchmark use it).
QImage renderScene(QGraphicsScene& scene, int maxSide);

} // namespace keyward::ui::trustmap
