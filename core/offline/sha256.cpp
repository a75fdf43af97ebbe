#include "core/offline/sha256.h"

#ifdef REFRAIN_HAVE_OPENSSL
#include <openssl/evp.h>
#else
#include <QCryptographicHash>
#endif

namespace refrain {

#ifdef REFRAIN_HAVE_OPENSSL
struct Sha256::State {
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    State() { EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr); }
    ~State() { EVP_MD_CTX_free(ctx); }
    State(const State &) = delete;
    State &operator=(const State &) = delete;
};

void Sha256::addData(const char *data, qsizetype size) {
    if (size > 0)
        EVP_DigestUpdate(m_state->ctx, data, size_t(size));
}

QByteArray Sha256::hexResult() {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_state->ctx, digest, &length);
    reset();
    return QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex();
}

void Sha256::reset() {
    EVP_DigestInit_ex(m_state->ctx, EVP_sha256(), nullptr);
}
#else
struct Sha256::State {
    QCryptographicHash hash{QCryptographicHash::Sha256};
};

void Sha256::addData(const char *data, qsizetype size) {
    m_state->hash.addData(QByteArrayView(data, size));
}

QByteArray Sha256::hexResult() {
    const QByteArray hex = m_state->hash.result().toHex();
    reset();
    return hex;
}

void Sha256::reset() {
    m_state->hash.reset();
}
#endif

Sha256::Sha256()
    : m_state(std::make_unique<State>()) {}
Sha256::~Sha256() = default;
Sha256::Sha256(Sha256 &&) noexcept = default;
Sha256 &Sha256::operator=(Sha256 &&) noexcept = default;

} // namespace refrain
