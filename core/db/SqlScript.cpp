#include "db/SqlScript.h"

using namespace Qt::StringLiterals;

namespace tend {
namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

class Splitter
{
public:
    explicit Splitter(const QString &script) : m_text(script) {}

    QStringList run()
    {
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            const QChar next = m_pos + 1 < m_text.size() ? m_text.at(m_pos + 1) : QChar();
            if (c == u'-' && next == u'-') {
                skipLineComment();
            } else if (c == u'/' && next == u'*') {
                skipBlockComment();
            } else if (c == u'\'' || c == u'"' || c == u'`') {
                copyQuoted(c, c);
            } else if (c == u'[') {
                copyQuoted(u'[', u']');
            } else if (isWordChar(c)) {
                copyWord();
            } else if (c == u';' && m_depth == 0) {
                finishStatement();
                ++m_pos;
            } else {
                m_current.append(c);
                ++m_pos;
            }
        }
        finishStatement();
        return m_statements;
    }

private:
    void skipLineComment()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos) != u'\n')
            ++m_pos;
        m_current.append(u' ');
    }

    void skipBlockComment()
    {
        const qsizetype end = m_text.indexOf(u"*/"_s, m_pos + 2);
        m_pos = end < 0 ? m_text.size() : end + 2;
        m_current.append(u' ');
    }

    void copyQuoted(QChar open, QChar close)
    {
        m_current.append(open);
        ++m_pos;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos++);
            m_current.append(c);
            if (c == close) {
                // A doubled closing quote is an escaped quote, not the end.
                if (open != u'[' && m_pos < m_text.size() && m_text.at(m_pos) == close) {
                    m_current.append(close);
                    ++m_pos;
                    continue;
                }
                return;
            }
        }
    }

    void copyWord()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && isWordChar(m_text.at(m_pos)))
            ++m_pos;
        const QStringView word = QStringView(m_text).mid(start, m_pos - start);
        m_current.append(word);

        if (m_wordsInStatement < 3)
            m_leadingWords.append(word.toString().toUpper());
        ++m_wordsInStatement;

        if (word.compare(u"CASE", Qt::CaseInsensitive) == 0) {
            ++m_depth;
        } else if (word.compare(u"BEGIN", Qt::CaseInsensitive) == 0 && isTriggerStatement()) {
            ++m_depth;
        } else if (word.compare(u"END", Qt::CaseInsensitive) == 0 && m_depth > 0) {
            --m_depth;
        }
    }

    bool isTriggerStatement() const
    {
        if (m_leadingWords.size() < 2 || m_leadingWords.at(0) != u"CREATE"_s)
            return false;
        const QString &second = m_leadingWords.at(1);
        if (second == u"TRIGGER"_s)
            return true;
        return (second == u"TEMP"_s || second == u"TEMPORARY"_s) && m_leadingWords.size() > 2
               && m_leadingWords.at(2) == u"TRIGGER"_s;
    }

    void finishStatement()
    {
        const QString statement = m_current.trimmed();
        if (!statement.isEmpty())
            m_statements.append(statement);
        m_current.clear();
        m_leadingWords.clear();
        m_wordsInStatement = 0;
        m_depth = 0;
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    QString m_current;
    QStringList m_leadingWords;
    int m_wordsInStatement = 0;
    int m_depth = 0;
    QStringList m_statements;
};

} // namespace

QStringList splitSqlScript(const QString &script)
{
    return Splitter(script).run();
}

} // namespace tend
