// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace keyward::ui {

class RequestTableModel;

// The Requests page's three views over one RequestTableModel, plus the page's search text.
class RequestFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class View { WaitingForMe, Mine, History };

    explicit RequestFilterProxyModel(QObject* parent = nullptr);

    void setRequestModel(RequestTableModel* model);
    void setView(View view);
    View view() const { return m_view; }
    void setSearchText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    RequestTableModel* m_model = nullptr;
    View m_view = View::WaitingForMe;
    QString m_search;
};

} // namespace keyward::ui
