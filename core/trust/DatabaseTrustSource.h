// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The retirement gate's view of the trust map (RetirementGate's TrustSource): the workloads the
// vault has registered as trusting a key's set or pinning its kid.

#include "requests/RetirementGate.h"

namespace keyward::core {

class Database;

class DatabaseTrustSource final : public TrustSource {
public:
    explicit DatabaseTrustSource(Database& db) : m_db(db) { }
    Result<QList<TrustingWorkload>> workloadsTrusting(const KeyRecord& key) const override;

private:
    Database& m_db;
};

} // namespace keyward::core
