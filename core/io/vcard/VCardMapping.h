#pragma once

#include "io/ContactRecord.h"
#include "io/ImportProblem.h"
#include "io/vcard/VCard.h"

// The vCard meaning layer, reading: a parsed card → a ContactRecord (like kcontacts' VCardTool).
//
// Names come from FN, else N, else ORG, else NICKNAME, else the first e-mail or phone. E-mails
// and phones carry labels from TYPE or from Apple's grouped X-ABLabel, preferred ones first.
// BDAY and ANNIVERSARY (also X-ANNIVERSARY, X-MS-ANNIVERSARY, Apple's X-ABDATE) keep a missing
// year missing; PHOTO is decoded from base64 or a data: URI. The record keeps the card's text.
namespace tend::io {

// `problems` receives warnings about values that could not be used (a BDAY that is no date).
ContactRecord recordFromVCard(const VCard &card, QList<ImportProblem> *problems = nullptr);

// "image/jpeg" from the bytes themselves (JPEG, PNG, GIF, WebP, BMP), else from a vCard TYPE
// or MEDIATYPE ("JPEG", "image/png"); empty when neither says.
QString imageMimeType(const QByteArray &data, const QString &declaredType = {});

} // namespace tend::io
