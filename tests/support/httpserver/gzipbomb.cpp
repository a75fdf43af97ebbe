#include "tests/support/httpserver/gzipbomb.h"

#include <QtEndian>

namespace refrain::test {

namespace {

// Copies per block: 18 + 13·k bits must be a multiple of 8 for the block to end on a byte
// boundary (k ≡ 6 mod 8), and 258·k + 1 bytes is just over 1 MiB.
constexpr int kCopies = 4070;

// Deflate packs bits from the least significant end of each byte; Huffman codes go most
// significant bit first (RFC 1951, 3.1.1).
class BitWriter {
public:
    void bits(quint32 value, int count) {
        for (int i = 0; i < count; ++i)
            bit((value >> i) & 1u);
    }
    void code(quint32 value, int count) {
        for (int i = count - 1; i >= 0; --i)
            bit((value >> i) & 1u);
    }
    QByteArray take() {
        Q_ASSERT(m_used == 0);
        return std::move(m_out);
    }

private:
    void bit(quint32 b) {
        m_byte |= quint8(b << m_used);
        if (++m_used == 8) {
            m_out.append(char(m_byte));
            m_byte = 0;
            m_used = 0;
        }
    }
    QByteArray m_out;
    quint8 m_byte = 0;
    int m_used = 0;
};

QByteArray makeBlock() {
    BitWriter w;
    w.bits(0, 1);    // BFINAL: more blocks follow
    w.bits(1, 2);    // BTYPE 01: fixed Huffman codes
    w.code(0x30, 8); // literal 0
    for (int i = 0; i < kCopies; ++i) {
        w.code(0xC5, 8); // length symbol 285: 258 bytes, no extra bits
        w.code(0, 5);    // distance code 0: one byte back
    }
    w.code(0, 7); // end of block (symbol 256)
    return w.take();
}

// CRC-32 (the gzip trailer's) of runs of zero bytes. Feeding zeros is linear in the CRC
// register, so a run of a block's length is a 32×32 bit matrix, built once, applied per block.
class ZeroCrc {
public:
    ZeroCrc() {
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = c & 1u ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            m_table[n] = c;
        }
        for (int bit = 0; bit < 32; ++bit) {
            quint32 reg = 1u << bit;
            for (qint64 i = 0; i < GzipBomb::blockExpandedBytes(); ++i)
                reg = m_table[reg & 0xFFu] ^ (reg >> 8);
            m_block[bit] = reg;
        }
    }
    // The CRC of `blocks` blocks' worth of zero bytes.
    quint32 ofBlocks(qint64 blocks) const {
        quint32 reg = 0xFFFFFFFFu;
        for (qint64 b = 0; b < blocks; ++b) {
            quint32 next = 0;
            for (int bit = 0; bit < 32; ++bit) {
                if (reg & (1u << bit))
                    next ^= m_block[bit];
            }
            reg = next;
        }
        return ~reg;
    }

private:
    quint32 m_table[256];
    quint32 m_block[32];
};

} // namespace

QByteArray GzipBomb::header() {
    // Magic, deflate, no flags, no time, no extra flags, OS unknown.
    return QByteArray::fromHex("1f8b08000000000000ff");
}

QByteArray GzipBomb::block() {
    static const QByteArray made = makeBlock();
    return made;
}

qint64 GzipBomb::blockExpandedBytes() {
    return qint64(kCopies) * 258 + 1;
}

QByteArray GzipBomb::whole(qint64 expandedBytes) {
    const qint64 blocks =
        std::max<qint64>(1, (expandedBytes + blockExpandedBytes() - 1) / blockExpandedBytes());
    QByteArray out = header();
    out.reserve(out.size() + blocks * block().size() + 10);
    for (qint64 i = 0; i < blocks; ++i)
        out += block();
    out += QByteArray::fromHex("0300"); // an empty final fixed-Huffman block
    char trailer[8];
    static const ZeroCrc crc;
    qToLittleEndian<quint32>(crc.ofBlocks(blocks), trailer);
    qToLittleEndian<quint32>(quint32(quint64(blocks * blockExpandedBytes()) & 0xFFFFFFFFu),
                             trailer + 4);
    out.append(trailer, 8);
    return out;
}

} // namespace refrain::test
