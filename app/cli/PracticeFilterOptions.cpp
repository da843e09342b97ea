#include "cli/PracticeFilterOptions.h"

#include "Notebook.h"

using namespace Qt::StringLiterals;

namespace tend::cli {

Result<PracticeFilter> practiceFilter(const ParsedArguments &arguments, Notebook &notebook)
{
    PracticeFilter filter;
    filter.openOnly = arguments.isSet(u"open"_s);
    if (arguments.isSet(u"contact"_s)) {
        auto contact = notebook.resolveContact(arguments.value(u"contact"_s));
        if (!contact)
            return contact.error();
        filter.contactId = contact->id;
    }
    return filter;
}

} // namespace tend::cli
