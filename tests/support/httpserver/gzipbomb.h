// GzipBomb: gzip bodies that are small on the wire and huge once inflated, for testing that a
// client's size caps count the bytes its network stack inflates, not the bytes that arrived.
// Built by hand from fixed-Huffman deflate blocks (a zero byte, then 258-byte copies of it), so
// no compression library is needed; they inflate about 159-fold.
#pragma once

#include <QByteArray>

namespace refrain::test {

class GzipBomb {
public:
    // The 10-byte gzip member header.
    static QByteArray header();
    // One non-final deflate block, byte-aligned and self-contained, so it can be repeated any
    // number of times after header(): an endless bomb is header() then block() forever.
    static QByteArray block();
    // The zero bytes one block() inflates to (1,050,061: just over 1 MiB).
    static qint64 blockExpandedBytes();
    // A whole, valid gzip member (CRC and length in its trailer) inflating to whole blocks of
    // zero bytes: at least expandedBytes of them.
    static QByteArray whole(qint64 expandedBytes);
};

} // namespace refrain::test
