#include "Appearance.h"
#include "Colors.h"

#include <QApplication>
#include <QImage>
#include <QRadioButton>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tend::gui;

// Issue 14 §5: a dark desktop gets a dark window, and unchecked radio buttons keep a visible ring.
class TestAppearance : public QObject
{
    Q_OBJECT
private slots:
    void theDesktopPreferenceIsRead();
    void aLightDesktopKeepsTheLightPalette();
    void aDarkDesktopGetsADarkPaletteWithVisibleRings();
};

void TestAppearance::theDesktopPreferenceIsRead()
{
    qputenv("TEND_COLOR_SCHEME", "dark");
    QCOMPARE(appearance::desktopColorScheme(), appearance::ColorScheme::Dark);
    qputenv("TEND_COLOR_SCHEME", "light");
    QCOMPARE(appearance::desktopColorScheme(), appearance::ColorScheme::Light);
    qunsetenv("TEND_COLOR_SCHEME");
}

void TestAppearance::aLightDesktopKeepsTheLightPalette()
{
    QVERIFY(!colors::isDark(QApplication::palette()));
    appearance::follow(appearance::ColorScheme::Light);
    QVERIFY(!colors::isDark(QApplication::palette()));
    appearance::follow(appearance::ColorScheme::Unknown);
    QVERIFY(!colors::isDark(QApplication::palette()));
}

void TestAppearance::aDarkDesktopGetsADarkPaletteWithVisibleRings()
{
    appearance::follow(appearance::ColorScheme::Dark);
    QVERIFY(colors::isDark(QApplication::palette()));
    QVERIFY(qobject_cast<appearance::RingedStyle *>(QApplication::style()));

    QRadioButton radio(u"30 days"_s);
    radio.setChecked(false);
    radio.resize(radio.sizeHint());
    QStyleOptionButton option;
    option.initFrom(&radio);
    const QRect indicator = radio.style()->subElementRect(QStyle::SE_RadioButtonIndicator, &option, &radio);
    QImage image(radio.size() * radio.devicePixelRatio(), QImage::Format_ARGB32);
    image.setDevicePixelRatio(radio.devicePixelRatio());
    image.fill(QApplication::palette().color(QPalette::Window));
    radio.render(&image);
    const int window = QApplication::palette().color(QPalette::Window).lightness();
    int brightest = 0;
    for (int x = indicator.left(); x <= indicator.right(); ++x)
        for (int y : {indicator.top(), indicator.top() + 1, indicator.center().y()})
            brightest = std::max(brightest, image.pixelColor(x, y).lightness());
    QVERIFY2(brightest > window + 60, qPrintable(u"ring %1 on a window of %2"_s.arg(brightest).arg(window)));
}

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
