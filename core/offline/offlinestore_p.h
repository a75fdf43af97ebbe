// What OfflineStore's two source files share: reading a list of track ids with bound text.
#pragma once

#include "core/library/result.h"
#include "core/library/track.h"

#include <QStringList>

namespace refrain {

class Database;

namespace offlinestore {

// The first column of every row of sql, with args bound as ?1, ?2, … (in offlinestore.cpp).
Result<TrackIds> ids(Database &db, const char *sql, const QStringList &args);

} // namespace offlinestore

} // namespace refrain
