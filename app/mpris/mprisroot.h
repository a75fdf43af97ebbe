// MprisRoot: the org.mpris.MediaPlayer2 interface — who the player is (name, desktop entry, what
// it can open) and the two requests about its window: show it, or quit.
#pragma once

#include <QDBusAbstractAdaptor>
#include <QStringList>

namespace refrain {

class MprisService;

class MprisRoot : public QDBusAbstractAdaptor {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.mpris.MediaPlayer2")
    Q_PROPERTY(bool CanQuit READ canQuit)
    Q_PROPERTY(bool CanRaise READ canRaise)
    Q_PROPERTY(bool HasTrackList READ hasTrackList)
    Q_PROPERTY(QString Identity READ identity)
    Q_PROPERTY(QString DesktopEntry READ desktopEntry)
    Q_PROPERTY(QStringList SupportedUriSchemes READ supportedUriSchemes)
    Q_PROPERTY(QStringList SupportedMimeTypes READ supportedMimeTypes)

public:
    static constexpr auto kDesktopEntry = "io.github.refrain.Refrain";

    explicit MprisRoot(MprisService *service);

    bool canQuit() const { return true; }
    bool canRaise() const { return true; }
    // The queue is not published as an MPRIS track list (an optional interface).
    bool hasTrackList() const { return false; }
    QString identity() const;
    QString desktopEntry() const;
    QStringList supportedUriSchemes() const;
    QStringList supportedMimeTypes() const;

public Q_SLOTS:
    void Raise();
    void Quit();

private:
    MprisService *m_service;
};

} // namespace refrain
