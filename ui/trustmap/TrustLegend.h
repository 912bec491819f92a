// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace keyward::ui::trustmap {

// What the graph's colours and lines mean, drawn with the graph's own style so both agree.
class TrustLegend : public QWidget {
    Q_OBJECT
public:
    explicit TrustLegend(QWidget* parent = nullptr);
};

} // namespace keyward::ui::trustmap
