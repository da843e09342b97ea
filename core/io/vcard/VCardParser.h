#pragma once

#include "io/ImportProblem.h"
#include "io/ReadLimits.h"
#include "io/vcard/VCard.h"
#include "util/Result.h"

#include <QByteArrayView>

#include <functional>

// The vCard syntax layer: bytes → cards of content lines (like kcontacts' VCardParser).
//
// Reads vCard 2.1, 3.0 and 4.0 as programs really write them: folding with spaces or tabs,
// CR CR LF line ends, QUOTED-PRINTABLE soft breaks, 2.1's backslash line continuation, base64
// with or without 2.1's closing blank line, CHARSET= parameters (Shift_JIS, windows-1252... via
// ICU), undeclared 8-bit text (UTF-8 when valid, else Windows-1252), UTF-16/32 with or without
// a byte-order mark, 2.1 bare parameters (TEL;HOME;VOICE), groups, cards with no VERSION and
// nested cards (which come out as cards of their own, before the card around them).
//
// A damaged card (bad QUOTED-PRINTABLE or base64, or no END:VCARD) is left out and reported
// with its line; the rest of the file is still read. Only a line over the limit fails the whole
// file.
namespace tend::io {

struct VCardParseOptions
{
    // How to read text that declares no CHARSET: empty to guess (UTF-8, else Windows-1252), or
    // a charset name. "UTF-16LE", "UTF-16BE" or "UTF-16" read the whole file as UTF-16.
    QString encoding;
    qint64 maxLineBytes = limits::maxLineBytes;
};

struct VCardParseResult
{
    QList<VCard> cards;           // the cards that parsed, in the order they end
    QList<ImportProblem> problems; // warnings, and the cards left out
    QString encoding;             // what the text was read as: "UTF-8", "UTF-16LE", "Shift_JIS"...
    int cardCount = 0;            // every card begun, the skipped ones included
};

// With `onCard`, each card goes there as it ends instead of into VCardParseResult::cards (a big
// file then never holds all its cards at once).
Result<VCardParseResult> parseVCards(QByteArrayView data, const VCardParseOptions &options = {},
                                     const std::function<void(VCard &&)> &onCard = {});

// Cards from text Tend keeps itself (VCard::sourceText): UTF-8, no limits. Without
// `keepSourceText` the cards' own sourceText stays empty (the writer needs only the lines).
VCardParseResult parseVCardText(const QString &text, bool keepSourceText = true);

} // namespace tend::io
