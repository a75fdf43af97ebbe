// Drag and drop payloads shared by the track, playlist and queue models: lists of ids or rows
// serialised with QDataStream under Refrain's own MIME types.
#pragma once

#include <QByteArray>
#include <QDataStream>
#include <QIODevice>
#include <QList>

namespace refrain::dragdata {

// Tracks dragged from the library, a playlist or the queue.
inline constexpr auto kTrackIdsMime = "application/x-refrain-track-ids";
// Items dragged within one playlist, and rows dragged within the queue.
inline constexpr auto kPlaylistItemsMime = "application/x-refrain-playlist-items";
inline constexpr auto kQueueRowsMime = "application/x-refrain-queue-rows";

template<typename T>
QByteArray encode(const QList<T> &values) {
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << values;
    return bytes;
}

// An empty list for anything malformed: drops come from other programs too.
template<typename T>
QList<T> decode(const QByteArray &bytes) {
    QList<T> values;
    QDataStream in(bytes);
    in >> values;
    return in.status() == QDataStream::Ok ? values : QList<T>();
}

} // namespace refrain::dragdata
