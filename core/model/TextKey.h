#pragma once

#include <QString>

namespace tend {

// The form in which typed text is matched against names: compatibility forms unfolded, accents
// dropped, Unicode case folded, spaces collapsed. "Élodie", "ELODIE" and "elodie" share one key;
// so do "İlker" and "ilker", "Zoë" and "zoe". Both the stored contact.name_key and what a person
// types go through it, so a prefix of the one is a prefix of the other.
QString textKey(const QString &text);

} // namespace tend
