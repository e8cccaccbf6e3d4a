package org.paradiplomacy.importer.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paradiplomacy.importer.Reference;
import org.paradiplomacy.importer.matching.Countries.Found;
import org.paradiplomacy.importer.matching.Countries.NotFound;

class CountriesTest {

    final Countries countries = Reference.countries();

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "China | CN | -",
        "People's Republic of China | CN | -",
        "CN | CN | -",
        "CHN | - | -",
        "Brazil | BR | -",
        "Mexico | MX | -",
        "México | MX | -",
        "United States | US | -",
        "Russia | RU | -",
        "Czech Republic | CZ | -",
        "Netherlands | NL | -",
        "South Korea | KR | -",
        "Republic of Ireland | IE | -",
        "Bolivia | BO | -",
        "Venezuela | VE | -",
        "Ivory Coast | CI | -",
        "São Tomé and Príncipe | ST | -",
        "Sao Tome and Principe | ST | -",
        "Georgia (country) | GE | -",
        "England | GB | GB-ENG",
        "England, United Kingdom | GB | GB-ENG",
        "Wales, United Kingdom | GB | GB-WLS",
        "Brandenburg, Germany | DE | DE-BB",
        "New York, United States | US | US-NY",
        "Rauma, Norway | NO | -",
        "Azores, Portugal | PT | PT-20",
        "Grece | GR | -",
        "in Italy | IT | -",
    })
    void listNamesResolveToIsoCodes(String name, String country, String subdivision) {
        if (country == null) {
            assertThat(countries.country(name)).isInstanceOf(NotFound.class);
        } else {
            assertThat(countries.country(name)).isEqualTo(new Found(new Region(country, subdivision)));
        }
    }

    @Test
    void namesWithoutAnIsoCodeAreRefusedWithTheReason() {
        assertThat(countries.country("Kosovo")).isInstanceOfSatisfying(NotFound.class,
                n -> assertThat(n.reason()).contains("'Kosovo' has no ISO 3166-1 code"));
        assertThat(countries.country("Northern Cyprus")).isInstanceOfSatisfying(NotFound.class,
                n -> assertThat(n.reason()).contains("not recognised"));
        assertThat(countries.country("Atlantis")).isInstanceOfSatisfying(NotFound.class,
                n -> assertThat(n.reason()).contains("'Atlantis' is not a country name"));
        assertThat(countries.country(" ")).isEqualTo(new NotFound("is empty"));
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "CN | Jiangsu | CN-JS",
        "CN | Jiangsu Sheng | CN-JS",
        "CN | Jiangsu Province | CN-JS",
        "CN | CN-JS | CN-JS",
        "CN | Tianjin | CN-TJ",
        "CN | Guangxi | CN-GX",
        "CL | Biobío | CL-BI",
        "AR | Entre Ríos | AR-E",
        "US | Texas | US-TX",
        "US | TX | US-TX",
        "CO | Bolívar | CO-BOL",
    })
    void subdivisionsResolveByNameOrCode(String country, String name, String code) {
        assertThat(countries.subdivision(country, name)).contains(code);
    }

    @Test
    void aNameThatIsNoSubdivisionOfTheCountryResolvesToNothing() {
        assertThat(countries.subdivision("DE", "Oder")).isEmpty();
        assertThat(countries.subdivision("CN", "Texas")).isEmpty();
    }
}
