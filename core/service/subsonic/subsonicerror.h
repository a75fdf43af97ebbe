// SubsonicError: a `status: "failed"` answer (code and message) and the plain sentence a user
// reads for it, so every part of the app words Subsonic errors the same way.
#pragma once

#include <QString>

namespace refrain {

struct SubsonicError {
    // The codes of the Subsonic and OpenSubsonic specifications.
    enum Code : int {
        Generic = 0,
        MissingParameter = 10,
        ClientTooOld = 20,
        ServerTooOld = 30,
        WrongCredentials = 40,
        TokenAuthNotSupported = 41,
        AuthMechanismNotSupported = 42,
        ConflictingAuth = 43,
        InvalidApiKey = 44,
        NotAuthorized = 50,
        TrialExpired = 60,
        NotFound = 70,
    };

    int code = Generic;
    QString message; // as the server wrote it: plain text, capped, never shown for auth errors
    QString helpUrl; // OpenSubsonic: where the user can learn how to get an API key

    // A specific sentence per code. Authentication errors never repeat the server's message, so
    // nothing a server echoes back (a user name, a parameter) can leak into the interface.
    QString userText() const;
    // Codes that mean "these credentials will not work": retrying them is pointless.
    bool isAuthenticationError() const;
};

} // namespace refrain
