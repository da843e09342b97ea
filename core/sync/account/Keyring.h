#pragma once

#include "util/Result.h"

#include <QString>

namespace tend::sync {

// The sync password in the desktop keyring (QtKeychain: the Secret Service of GNOME and KDE, or
// KWallet), never in the notebook or a settings file. One entry per server and user name. Blocks
// the calling thread, with a local event loop, until the keyring answers; never the GUI thread.
class Keyring final
{
public:
    static Result<QString> password(const QString &serverUrl, const QString &userName);
    static Status storePassword(const QString &serverUrl, const QString &userName, const QString &password);
    static Status forgetPassword(const QString &serverUrl, const QString &userName);
};

} // namespace tend::sync
