// Sha256: an incremental SHA-256 — OpenSSL's (with the CPU's SHA instructions) when Refrain is
// built with it, Qt's otherwise — so a download is hashed as its bytes arrive and verifying it
// never reads the file again.
#pragma once

#include <QByteArray>

#include <memory>

namespace refrain {

class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(Sha256 &&) noexcept;
    Sha256 &operator=(Sha256 &&) noexcept;

    void addData(const char *data, qsizetype size);
    void addData(const QByteArray &bytes) { addData(bytes.constData(), bytes.size()); }
    // Lower-case hex of what was added; the hash starts afresh afterwards.
    QByteArray hexResult();
    void reset();

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace refrain
