#include "serverprofile.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
constexpr auto kServerUrl = "server_url";
constexpr auto kUserName = "user_name";
constexpr auto kCaFile = "ca_file";
constexpr auto kSpkiPins = "spki_pins";
constexpr auto kHttp2 = "http2";
} // namespace

QString ServerProfile::keychainAccount() const
{
    return serverUrl.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash) + u'|' + userName;
}

ServerProfile ServerProfile::load(SyncStateStore state)
{
    ServerProfile profile;
    profile.serverUrl = QUrl(state.value(kServerUrl).value_or(QString()), QUrl::StrictMode);
    profile.userName = state.value(kUserName).value_or(QString());
    profile.tls.caFile = state.value(kCaFile).value_or(QString());
    profile.tls.spkiPins = state.value(kSpkiPins).value_or(QString()).split(u' ', Qt::SkipEmptyParts);
    profile.tls.isHttp2Allowed = state.value(kHttp2).value_or(QString()) == u"1";
    return profile;
}

Status ServerProfile::save(SyncStateStore state) const
{
    return state.setValues({{kServerUrl, serverUrl.toString(QUrl::StripTrailingSlash)},
                            {kUserName, userName},
                            {kCaFile, tls.caFile},
                            {kSpkiPins, tls.spkiPins.join(u' ')},
                            {kHttp2, tls.isHttp2Allowed ? u"1"_s : u"0"_s}});
}

} // namespace sitesafe
