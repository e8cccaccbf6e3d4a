package org.paradiplomacy.importer.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.importer.source.PlaceMention;

class PlaceResolverTest {

    static PlaceMention place(String name, String country, String subdivision) {
        return new PlaceMention(name, country, subdivision, "city", null, null);
    }

    static PlaceResolver resolver(List<KnownActor> known, PlaceMention... mentions) {
        PlaceResolver resolver = new PlaceResolver(known);
        for (PlaceMention mention : mentions) {
            resolver.mention(mention);
        }
        return resolver;
    }

    static final KnownActor GUANGZHOU = new KnownActor("gz", "CN", "CN-GD", null, List.of("Guangzhou", "广州", "Cantón", "Canton"));
    static final KnownActor XIAN = new KnownActor("xa", "CN", "CN-SN", null, List.of("Xi'an", "Sian"));

    @Test
    void aRecordedActorIsFoundUnderAnyOfItsNamesAndAliases() {
        PlaceResolver resolver = resolver(List.of(GUANGZHOU, XIAN));
        for (String spelling : List.of("Guangzhou", "GUANGZHOU", "Canton", "Cantón", "广州")) {
            assertThat(resolver.resolve(place(spelling, "CN", null))).isEqualTo(new Target.Existing("gz"));
        }
        assertThat(resolver.resolve(place("Xian", "CN", null))).isEqualTo(new Target.Existing("xa"));
        assertThat(resolver.resolve(place("Sian", "CN", "CN-SN"))).isEqualTo(new Target.Existing("xa"));
        assertThat(resolver.resolve(place("Guangzhou", "BR", null)))
                .as("the same name in another country is another place").isEqualTo(new Target.New("BR", null, "guangzhou"));
    }

    @Test
    void aPlainNameAndItsQualifiedFormAreOnePlaceWhenTheCountryHasOneOfThatName() {
        PlaceMention plain = place("Suzhou", "CN", null);
        PlaceMention qualified = place("Suzhou", "CN", "CN-JS");
        PlaceResolver resolver = resolver(List.of(), plain, qualified);
        Target.New suzhou = new Target.New("CN", "CN-JS", "suzhou");
        assertThat(resolver.resolve(plain)).isEqualTo(suzhou);
        assertThat(resolver.resolve(qualified)).isEqualTo(suzhou);
    }

    @Test
    void namesakesInTwoSubdivisionsAreTwoPlacesAndAPlainNameBetweenThemIsAmbiguous() {
        PlaceMention jiangsu = place("Suzhou", "CN", "CN-JS");
        PlaceMention anhui = place("Suzhou", "CN", "CN-AH");
        PlaceMention plain = place("Suzhou", "CN", null);
        PlaceResolver resolver = resolver(List.of(), jiangsu, anhui, plain);
        assertThat(resolver.resolve(jiangsu)).isEqualTo(new Target.New("CN", "CN-JS", "suzhou"));
        assertThat(resolver.resolve(anhui)).isEqualTo(new Target.New("CN", "CN-AH", "suzhou"));
        assertThat(resolver.resolve(plain)).isInstanceOfSatisfying(Target.Ambiguous.class, a -> assertThat(a.reason())
                .isEqualTo("'Suzhou' in CN is ambiguous: there are places of that name in CN-AH, CN-JS;"
                        + " name its subdivision, as in \"Suzhou, CN-AH\""));
    }

    @Test
    void coordinatesTellWhichNamesakeAPlainNameIsWhenOnlyOneIsNear() {
        PlaceMention jiangsu = new PlaceMention("Suzhou", "CN", "CN-JS", "city", 31.30, 120.62);
        PlaceMention anhui = new PlaceMention("Suzhou", "CN", "CN-AH", "city", 33.64, 116.98);
        PlaceResolver resolver = resolver(List.of(), jiangsu, anhui);
        assertThat(resolver.resolve(new PlaceMention("Suzhou", "CN", null, "city", 31.32, 120.58)))
                .as("3 km from Suzhou in Jiangsu, 440 km from the other").isEqualTo(new Target.New("CN", "CN-JS", "suzhou"));
        assertThat(resolver.resolve(new PlaceMention("Suzhou", "CN", null, "city", 32.5, 118.8)))
                .as("between the two").isInstanceOf(Target.Ambiguous.class);
        assertThat(resolver.resolve(place("Suzhou", "CN", null))).as("no coordinates").isInstanceOf(Target.Ambiguous.class);

        KnownActor recorded = new KnownActor("sz-ah", "CN", "CN-AH", new Point(33.64, 116.98), List.of("Suzhou"));
        PlaceResolver withRecord = resolver(List.of(recorded), jiangsu);
        assertThat(withRecord.resolve(new PlaceMention("Suzhou", "CN", null, "city", 33.63, 116.96)))
                .as("near the recorded one").isEqualTo(new Target.Existing("sz-ah"));
        assertThat(resolver(List.of(), jiangsu, place("Suzhou", "CN", "CN-AH"))
                .resolve(new PlaceMention("Suzhou", "CN", null, "city", 31.32, 120.58)))
                .as("a namesake whose place is unknown could be anywhere").isInstanceOf(Target.Ambiguous.class);
    }

    @Test
    void theAnswerDoesNotDependOnTheOrderOfTheRows() {
        PlaceMention plain = place("Córdoba", "AR", null);
        PlaceMention qualified = place("Cordoba", "AR", "AR-X");
        assertThat(resolver(List.of(), plain, qualified).resolve(plain))
                .isEqualTo(resolver(List.of(), qualified, plain).resolve(plain))
                .isEqualTo(new Target.New("AR", "AR-X", "cordoba"));
    }

    @Test
    void aRecordedActorWithoutSubdivisionTakesThePlainNameAndTheOnlyQualifiedOne() {
        KnownActor rosario = new KnownActor("ro", "AR", null, null, List.of("Rosario"));
        PlaceMention qualified = place("Rosario", "AR", "AR-S");
        PlaceResolver resolver = resolver(List.of(rosario), qualified);
        assertThat(resolver.resolve(place("Rosario", "AR", null))).isEqualTo(new Target.Existing("ro"));
        assertThat(resolver.resolve(qualified)).isEqualTo(new Target.Existing("ro"));
    }

    @Test
    void aSecondImportFindsWhatTheFirstCreated() {
        KnownActor suzhou = new KnownActor("sz", "CN", "CN-JS", null, List.of("Suzhou", "Su-chou"));
        PlaceResolver resolver = resolver(List.of(suzhou), place("Suzhou", "CN", null), place("Su-chou", "CN", "CN-JS"));
        assertThat(resolver.resolve(place("Suzhou", "CN", null))).isEqualTo(new Target.Existing("sz"));
        assertThat(resolver.resolve(place("Suchou", "CN", "CN-JS"))).isEqualTo(new Target.Existing("sz"));
    }
}
