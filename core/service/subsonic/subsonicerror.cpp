#include "core/service/subsonic/subsonicerror.h"

namespace refrain {

namespace {

// The server's own words, quoted after our sentence where they add something (which parameter,
// which item). Short, one line.
QString withServerMessage(const QString &sentence, const QString &serverMessage) {
    QString text = serverMessage.simplified();
    if (text.isEmpty())
        return sentence;
    constexpr qsizetype kMaxQuoted = 200;
    if (text.size() > kMaxQuoted)
        text = text.left(kMaxQuoted) + QChar(0x2026);
    return sentence + QStringLiteral(" The server said: \u201c%1\u201d").arg(text);
}

} // namespace

QString SubsonicError::userText() const {
    switch (code) {
    case Generic:
        return withServerMessage(QStringLiteral("The server reported an error (Subsonic error 0)."),
                                 message);
    case MissingParameter:
        return withServerMessage(
            QStringLiteral("The server says a required parameter is missing (Subsonic error 10)."),
            message);
    case ClientTooOld:
        return QStringLiteral("The server needs a newer version of the Subsonic protocol than "
                              "Refrain speaks (Subsonic error 20).");
    case ServerTooOld:
        return QStringLiteral("The server speaks an older version of the Subsonic protocol and "
                              "refused the request (Subsonic error 30).");
    case WrongCredentials:
        return QStringLiteral("The server rejected the user name or password (Subsonic error 40).");
    case TokenAuthNotSupported:
        return QStringLiteral("The server does not accept token authentication for this account "
                              "(Subsonic error 41).");
    case AuthMechanismNotSupported:
        return QStringLiteral("The server does not accept this way of signing in; it asks for an "
                              "API key (Subsonic error 42).");
    case ConflictingAuth:
        return QStringLiteral("The server received more than one kind of credentials "
                              "(Subsonic error 43).");
    case InvalidApiKey:
        return QStringLiteral("The server rejected the API key (Subsonic error 44).");
    case NotAuthorized:
        return withServerMessage(
            QStringLiteral("This account is not allowed to do that on the server "
                           "(Subsonic error 50)."),
            message);
    case TrialExpired:
        return QStringLiteral("The server's trial period is over (Subsonic error 60).");
    case NotFound:
        return withServerMessage(
            QStringLiteral("The server could not find the requested item (Subsonic error 70)."),
            message);
    default:
        return withServerMessage(
            QStringLiteral("The server reported an error (Subsonic error %1).").arg(code), message);
    }
}

bool SubsonicError::isAuthenticationError() const {
    switch (code) {
    case WrongCredentials:
    case TokenAuthNotSupported:
    case AuthMechanismNotSupported:
    case ConflictingAuth:
    case InvalidApiKey:
        return true;
    default:
        return false;
    }
}

} // namespace refrain
