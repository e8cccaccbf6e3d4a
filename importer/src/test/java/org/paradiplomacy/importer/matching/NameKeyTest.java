package org.paradiplomacy.importer.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeyTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "Xi'an | XIAN",
        "Xi’an | Xián",
        "Saint-Étienne | Saint Etienne",
        "St. Petersburg | Saint Petersburg",
        "Ste-Foy | Sainte Foy",
        "Mt. Gambier | Mount Gambier",
        "Ft. Worth | Fort Worth",
        "Sta. Cruz | Santa Cruz",
        "São Paulo | Sao Paulo",
        "Köln | KOLN",
        "Gießen | Giessen",
        "Tromsø | Tromso",
        "Łódź | Lodz",
        "Kraków | Krakow",
        "Düsseldorf | Dusseldorf",
        "Ho Chi Minh City | Ho-Chi-Minh-City",
        "Concepción | concepcion",
        "Frankfurt (Oder) | Frankfurt Oder",
    })
    void spellingsOfOnePlaceShareAKey(String one, String other) {
        assertThat(NameKey.of(one)).isEqualTo(NameKey.of(other)).isNotEmpty();
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource(delimiter = '|', value = {
        "Suzhou | Xuzhou",
        "Santiago | Santiago de Cuba",
        "Georgetown | George",
        "Córdoba | Cordova",
    })
    void differentPlacesKeepDifferentKeys(String one, String other) {
        assertThat(NameKey.of(one)).isNotEqualTo(NameKey.of(other));
    }

    @Test
    void aNameWithoutLettersOrDigitsHasAnEmptyKey() {
        assertThat(NameKey.of(" -- ")).isEmpty();
        assertThat(NameKey.of(null)).isEmpty();
    }
}
