#pragma once

#include <QString>

namespace sitesafe {

/// What a line of the log file may not carry (DESIGN.md privacy): the log goes to support in a diagnostics zip, so
/// it must hold no record and no secret even when a careless message would put one there.
/// - Chinese text (CJK ideographs, CJK punctuation, full-width forms) becomes "‹…›": log messages are English, so a
///   run of Chinese is a name, an address, a project or a hazard description.
/// - 居民身份证号 keep their address code and last four (IdCardNumber::masked); mobile numbers their first three
///   and last four digits.
/// - Bearer tokens, JWTs, `token`/`password`/`secret`/`authorization` values and long opaque keys become
///   "[redacted]". UUIDs (record and device ids) are kept: they help support and name no one.
namespace LogScrubber {
QString scrub(const QString &line);
} // namespace LogScrubber

} // namespace sitesafe
