#pragma once

#include <QString>

namespace sitesafe {

/// The short-word search tokens of one hazard (sql/client/0006): what the view hazard_search_bigrams makes of the
/// four texts hazards_fts stores for it (description, location, project name, criterion text). For each character
/// (code point) of each text, "<code point>x<next code point>", or "<code point>x" for the last; ASCII letters
/// folded as SQLite's lower() folds them; at most 1,000,000 characters of a text, as the view walks them.
///
/// The view's SQL costs ~1 µs per character; this is what the bulk load (BulkLoad) and the pull (PulledRowWriter)
/// write instead. hazard_grams' 'integrity-check' compares the index with the view, so the two cannot drift
/// unnoticed: the tests run it after both writers.
QString shortWordTokens(
    const QString &description, const QString &location, const QString &projectName, const QString &criterionText);

} // namespace sitesafe
