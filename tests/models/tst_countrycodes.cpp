#include "geo/countrycodes.h"
#include "geo/topojson.h"

#include <QFile>
#include <QTest>

using namespace dyad;

class TestCountryCodes : public QObject
{
    Q_OBJECT

private:
    CountryCodes m_codes;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_codes.load(CountryCodes::resourcePath(), &error), qPrintable(error));
    }

    void loadsTheShippedTable()
    {
        // i18n-iso-countries 7.14.0: the 249 officially assigned codes plus Kosovo.
        QCOMPARE(m_codes.size(), 250);
        QCOMPARE(m_codes.alpha3Codes().size(), 250);
        QCOMPARE(m_codes.alpha3Codes().first(), u"AFG"_qs);  // numeric 004 comes first
    }

    void mapsTheStatesOfTheBundledDataset_data()
    {
        QTest::addColumn<QString>("numeric");
        QTest::addColumn<QString>("alpha2");
        QTest::addColumn<QString>("alpha3");
        QTest::addColumn<QString>("name");
        // Codes as ISO 3166-1 assigns them; names as i18n-iso-countries spells them in English.
        QTest::newRow("TUR") << u"792"_qs << u"TR"_qs << u"TUR"_qs << u"Türkiye"_qs;
        QTest::newRow("RUS") << u"643"_qs << u"RU"_qs << u"RUS"_qs << u"Russian Federation"_qs;
        QTest::newRow("USA") << u"840"_qs << u"US"_qs << u"USA"_qs << u"United States of America"_qs;
        QTest::newRow("SYR") << u"760"_qs << u"SY"_qs << u"SYR"_qs << u"Syrian Arab Republic"_qs;
        QTest::newRow("GRC") << u"300"_qs << u"GR"_qs << u"GRC"_qs << u"Greece"_qs;
        QTest::newRow("CYP") << u"196"_qs << u"CY"_qs << u"CYP"_qs << u"Cyprus"_qs;
        QTest::newRow("AZE") << u"031"_qs << u"AZ"_qs << u"AZE"_qs << u"Azerbaijan"_qs;
        QTest::newRow("ARM") << u"051"_qs << u"AM"_qs << u"ARM"_qs << u"Armenia"_qs;
        QTest::newRow("IRN") << u"364"_qs << u"IR"_qs << u"IRN"_qs << u"Islamic Republic of Iran"_qs;
        QTest::newRow("KAZ") << u"398"_qs << u"KZ"_qs << u"KAZ"_qs << u"Kazakhstan"_qs;
        QTest::newRow("LBY") << u"434"_qs << u"LY"_qs << u"LBY"_qs << u"Libya"_qs;
        QTest::newRow("DEU") << u"276"_qs << u"DE"_qs << u"DEU"_qs << u"Germany"_qs;
        QTest::newRow("EGY") << u"818"_qs << u"EG"_qs << u"EGY"_qs << u"Egypt"_qs;
        QTest::newRow("FRA") << u"250"_qs << u"FR"_qs << u"FRA"_qs << u"France"_qs;
        QTest::newRow("BGR") << u"100"_qs << u"BG"_qs << u"BGR"_qs << u"Bulgaria"_qs;
        QTest::newRow("UKR") << u"804"_qs << u"UA"_qs << u"UKR"_qs << u"Ukraine"_qs;
        QTest::newRow("GEO") << u"268"_qs << u"GE"_qs << u"GEO"_qs << u"Georgia"_qs;
        QTest::newRow("ISR") << u"376"_qs << u"IL"_qs << u"ISR"_qs << u"Israel"_qs;
        QTest::newRow("XKX") << u"983"_qs << u"XK"_qs << u"XKX"_qs << u"Kosovo"_qs;
    }

    void mapsTheStatesOfTheBundledDataset()
    {
        QFETCH(QString, numeric);
        QFETCH(QString, alpha2);
        QFETCH(QString, alpha3);
        QFETCH(QString, name);
        QCOMPARE(m_codes.alpha3FromNumeric(numeric), alpha3);
        QCOMPARE(m_codes.numericFromAlpha3(alpha3), numeric);
        QCOMPARE(m_codes.alpha3FromAlpha2(alpha2), alpha3);
        QCOMPARE(m_codes.alpha2FromAlpha3(alpha3), alpha2);
        QCOMPARE(m_codes.englishName(alpha3), name);
        QCOMPARE(m_codes.canonicalAlpha3(alpha3), alpha3);
    }

    void mapsEveryNumericIdOfTheWorldMap()
    {
        QFile file(u":/geo/countries-50m.json"_qs);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const TopoJsonDecoding world = decodeTopoJson(file.readAll(), u"countries"_qs);
        QVERIFY2(world.ok(), qPrintable(world.error));
        int withId = 0;
        for (const CountryShape &shape : world.shapes) {
            if (shape.numericId.isEmpty())
                continue;
            ++withId;
            const QString alpha3 = m_codes.alpha3FromNumeric(shape.numericId);
            QVERIFY2(!alpha3.isEmpty(), qPrintable(shape.numericId + u' ' + shape.name));
            QCOMPARE(m_codes.numericFromAlpha3(alpha3), shape.numericId);
        }
        QCOMPARE(withId, 236);  // 241 shapes; Somaliland, Kosovo, N. Cyprus, Indian Ocean Ter. and Siachen have none
    }

    void acceptsNumericCodesWithoutLeadingZeros()
    {
        QCOMPARE(m_codes.alpha3FromNumeric(u"36"), u"AUS"_qs);
        QCOMPARE(m_codes.alpha3FromNumeric(u"036"), u"AUS"_qs);
        QCOMPARE(m_codes.alpha3FromNumeric(u"4"), u"AFG"_qs);
        QCOMPARE(m_codes.numericFromAlpha3(u"AFG"), u"004"_qs);
    }

    void resolvesAliases()
    {
        // i18n-iso-countries (like Unicode CLDR) writes Kosovo XKK; Dyad uses the EU's XKX.
        QCOMPARE(m_codes.canonicalAlpha3(u"XKK"), u"XKX"_qs);
        QCOMPARE(m_codes.englishName(u"XKK"), u"Kosovo"_qs);
        QCOMPARE(m_codes.numericFromAlpha3(u"XKK"), u"983"_qs);
        QCOMPARE(m_codes.alpha3FromAlpha2(u"XK"), u"XKX"_qs);
        QVERIFY(!m_codes.alpha3Codes().contains(u"XKK"_qs));
    }

    void returnsNothingForUnknownCodes()
    {
        QVERIFY(m_codes.alpha3FromNumeric(u"999").isEmpty());
        QVERIFY(m_codes.alpha3FromNumeric(u"").isEmpty());
        QVERIFY(m_codes.alpha3FromNumeric(u"0792").isEmpty());
        QVERIFY(m_codes.alpha3FromNumeric(u"-1").isEmpty());
        QVERIFY(m_codes.alpha3FromNumeric(u"٧٩٢").isEmpty());  // Arabic-Indic digits are not ISO codes
        QVERIFY(m_codes.englishName(u"tur").isEmpty());
        QVERIFY(m_codes.englishName(u"NATO").isEmpty());
        QVERIFY(m_codes.canonicalAlpha3(u"EU").isEmpty());
        QVERIFY(m_codes.alpha3FromAlpha2(u"ZZ").isEmpty());
    }

    void parsesCommentsAliasesAndLineEndings()
    {
        CountryCodes codes;
        QString error;
        QVERIFY2(codes.parse("# comment\r\n792\tTR\tTUR\tTurkey\r\n\n196\tCY\tCYP\tCyprus\tCYX,CYZ\n", &error),
                 qPrintable(error));
        QCOMPARE(codes.size(), 2);
        QCOMPARE(codes.englishName(u"TUR"), u"Turkey"_qs);
        QCOMPARE(codes.canonicalAlpha3(u"CYZ"), u"CYP"_qs);
    }

    void rejectsMalformedTables_data()
    {
        QTest::addColumn<QByteArray>("tsv");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("only comments") << QByteArray("# numeric\talpha2\talpha3\tname\n");
        QTest::newRow("three fields") << QByteArray("792\tTR\tTUR\n");
        QTest::newRow("no name") << QByteArray("792\tTR\tTUR\t\n");
        QTest::newRow("letters for numeric") << QByteArray("7x2\tTR\tTUR\tTurkey\n");
        QTest::newRow("four digits") << QByteArray("7920\tTR\tTUR\tTurkey\n");
        QTest::newRow("lower-case alpha-3") << QByteArray("792\tTR\ttur\tTurkey\n");
        QTest::newRow("long alpha-2") << QByteArray("792\tTUR\tTUR\tTurkey\n");
        QTest::newRow("duplicate numeric") << QByteArray("792\tTR\tTUR\tTurkey\n792\tCY\tCYP\tCyprus\n");
        QTest::newRow("duplicate alpha-3") << QByteArray("792\tTR\tTUR\tTurkey\n196\tCY\tTUR\tCyprus\n");
        QTest::newRow("alias of another code") << QByteArray("792\tTR\tTUR\tTurkey\n196\tCY\tCYP\tCyprus\tTUR\n");
        QTest::newRow("bad alias") << QByteArray("792\tTR\tTUR\tTurkey\tT1\n");
    }

    void rejectsMalformedTables()
    {
        QFETCH(QByteArray, tsv);
        CountryCodes codes;
        QVERIFY(codes.parse("792\tTR\tTUR\tTurkey\n"));
        QString error;
        QVERIFY(!codes.parse(tsv, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(codes.isEmpty());  // a failed parse leaves nothing half-loaded
    }

    void reportsAMissingFile()
    {
        CountryCodes codes;
        QString error;
        QVERIFY(!codes.load(u":/geo/no-such-table.tsv"_qs, &error));
        QVERIFY(error.contains(u"no-such-table"));
    }
};

QTEST_GUILESS_MAIN(TestCountryCodes)
#include "tst_countrycodes.moc"
