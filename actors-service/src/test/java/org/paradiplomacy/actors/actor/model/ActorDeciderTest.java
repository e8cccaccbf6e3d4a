package org.paradiplomacy.actors.actor.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paradiplomacy.actors.actor.model.Scenario.TODAY;
import static org.paradiplomacy.actors.actor.model.Scenario.given;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.actors.actor.model.ActorCommand.AddAlias;
import org.paradiplomacy.actors.actor.model.ActorCommand.ChangeParent;
import org.paradiplomacy.actors.actor.model.ActorCommand.CorrectActorDetails;
import org.paradiplomacy.actors.actor.model.ActorCommand.JoinNetwork;
import org.paradiplomacy.actors.actor.model.ActorCommand.LeaveNetwork;
import org.paradiplomacy.actors.actor.model.ActorCommand.RegisterActor;
import org.paradiplomacy.actors.actor.model.ActorCommand.RemoveAlias;
import org.paradiplomacy.actors.actor.model.ActorCommand.RenameActor;
import org.paradiplomacy.actors.actor.model.ActorCommand.RetireActor;
import org.paradiplomacy.actors.actor.model.ActorEvent.ActorAliasAdded;
import org.paradiplomacy.actors.actor.model.ActorEvent.ActorAliasRemoved;
import org.paradiplomacy.actors.actor.model.ActorEvent.ActorDetailsCorrected;
import org.paradiplomacy.actors.actor.model.ActorEvent.ActorParentChanged;
import org.paradiplomacy.actors.actor.model.ActorEvent.ActorRegistered;
import org.paradiplomacy.actors.actor.model.ActorEvent.ActorRenamed;
import org.paradiplomacy.actors.actor.model.ActorEvent.ActorRetired;
import org.paradiplomacy.actors.actor.model.ActorEvent.NetworkMembershipEnded;
import org.paradiplomacy.actors.actor.model.ActorEvent.NetworkMembershipStarted;
import org.paradiplomacy.eventsourcing.domain.NotFound;
import org.paradiplomacy.eventsourcing.domain.StateConflict;
import org.paradiplomacy.eventsourcing.json.EventJson;
import org.paradiplomacy.eventsourcing.store.EventStore;
import org.paradiplomacy.provenance.Source;
import org.paradiplomacy.provenance.Sources;
import org.paradiplomacy.provenance.PartialDate;

class ActorDeciderTest {

    static final Place HUBEI = new Place("CN", "CN-HB", "142", "030", null);
    static final Place JALISCO = new Place("MX", "MX-JAL", "019", "419", "013");
    static final ActorRegistered WUHAN = new ActorRegistered("wuhan", ActorKind.CITY, Names.english("Wuhan"),
            List.of("Wu-han"), HUBEI, "hubei", null, null, null, null, null);
    static final ActorRef HUBEI_REF = new ActorRef("hubei", true, ActorKind.PROVINCE, "CN", false);
    static final ActorRef UCLG_REF = new ActorRef("uclg", true, ActorKind.NETWORK, null, false);

    static RegisterActor register(String id, ActorKind kind, String en, String country, String subdivision, ActorRef parent) {
        return new RegisterActor(id, kind, en == null ? null : Names.english(en), List.of(), country, subdivision,
                parent, null, null, null, null, null);
    }

    @Nested
    class Registering {

        @Test
        void placesTheActorByItsCodesAndItsCountrysM49Regions() {
            given().when(new RegisterActor("gdl", ActorKind.CITY, new Names(" Guadalajara ", "Guadalajara", null, null),
                    List.of("GDL", "gdl", " "), "MX", "MX-JAL", null, new Coordinates(20.67, -103.35), 5_268_642L,
                    "https://guadalajara.gob.mx", null, null))
                    .thenRefused("aliases[2]");
            given().when(new RegisterActor("gdl", ActorKind.CITY, Names.english("Guadalajara"), List.of("GDL", "gdl"),
                    "MX", "MX-JAL", null, null, null, null, null, null))
                    .then(new ActorRegistered("gdl", ActorKind.CITY, Names.english("Guadalajara"), List.of("GDL"),
                            JALISCO, null, null, null, null, null, null));
        }

        @Test
        void aNetworkNeedsNoCountry() {
            given().when(register("uclg", ActorKind.NETWORK, "United Cities and Local Governments", null, null, null))
                    .then(new ActorRegistered("uclg", ActorKind.NETWORK,
                            Names.english("United Cities and Local Governments"), List.of(), Place.NOWHERE, null, null,
                            null, null, null, null));
        }

        @Test
        void refusesMissingNamesKindsAndCountries() {
            given().when(register("x", null, " ", null, null, null)).thenRefused("kind", "names.en", "country");
        }

        @Test
        void refusesUnknownAndOldNumericCodes() {
            given().when(register("x", ActorKind.CITY, "Nowhere", "XX", null, null)).thenRefused("country");
            given().when(register("x", ActorKind.PROVINCE, "Hubei", "CN", "CN-42", null)).thenFails()
                    .hasMessageContaining("CN-HB");
        }

        @Test
        void refusesASubdivisionOfAnotherCountry() {
            given().when(register("x", ActorKind.CITY, "Concepción", "AR", "CL-BI", null)).thenRefused("subdivision");
        }

        @Test
        void aProvinceNeedsItsSubdivisionCode() {
            given().when(register("x", ActorKind.PROVINCE, "Hubei", "CN", null, null)).thenRefused("subdivision");
        }

        @Test
        void knowsNuble() {
            given().when(register("nuble", ActorKind.PROVINCE, "Ñuble", "CL", "CL-NB", null))
                    .then(new ActorRegistered("nuble", ActorKind.PROVINCE, Names.english("Ñuble"), List.of(),
                            new Place("CL", "CL-NB", "019", "419", "005"), null, null, null, null, null, null));
        }

        @Test
        void refusesAParentInAnotherCountryOrMissingOrANetwork() {
            ActorRef jalisco = new ActorRef("jalisco", true, ActorKind.PROVINCE, "MX", false);
            given().when(register("x", ActorKind.CITY, "Wuhan", "CN", "CN-HB", jalisco)).thenRefused("parentId");
            given().when(register("x", ActorKind.CITY, "Wuhan", "CN", "CN-HB", ActorRef.missing("ghost")))
                    .thenRefused("parentId");
            given().when(register("x", ActorKind.CITY, "Wuhan", "CN", "CN-HB", UCLG_REF)).thenRefused("parentId");
        }

        @Test
        void refusesBadDetails() {
            given().when(new RegisterActor("x", ActorKind.CITY, Names.english("Wuhan"), List.of(), "CN", null, null,
                    new Coordinates(91, 200), -1L, "ftp://wuhan", new ForeignAffairsOffice("FAO", "nope", "not-mail"), null))
                    .thenRefused("coordinates.latitude", "coordinates.longitude", "population", "website",
                            "foreignAffairsOffice.website", "foreignAffairsOffice.email");
        }

        @Test
        void happensOnce() {
            given(WUHAN).when(register("wuhan", ActorKind.CITY, "Wuhan", "CN", null, null)).thenFails()
                    .isInstanceOf(StateConflict.class);
        }
    }

    @Nested
    class Changing {

        @Test
        void correctionsReplaceTheDetailsAndAnEqualCorrectionChangesNothing() {
            given(WUHAN).when(new CorrectActorDetails(Names.english("Wuhan"), "CN", "CN-HB",
                    new Coordinates(30.59, 114.31), 13_739_000L, null, null, HUBEI_REF, null))
                    .then(new ActorDetailsCorrected("wuhan", Names.english("Wuhan"), HUBEI,
                            new Coordinates(30.59, 114.31), 13_739_000L, null, null, null));
            given(WUHAN).when(new CorrectActorDetails(Names.english("Wuhan"), "CN", "CN-HB", null, null, null, null, HUBEI_REF, null))
                    .then();
            given(WUHAN).when(new CorrectActorDetails(Names.english("Wuhan"), "CL", "CL-BI", null, null, null, null, HUBEI_REF, null))
                    .thenRefused("country");
        }

        @Test
        void aRenamingKeepsThePreviousNamesAndItsDate() {
            PartialDate day = PartialDate.parse("2020-01-01");
            given(WUHAN).when(new RenameActor(Names.english("Wuhan City"), day, null))
                    .then(new ActorRenamed("wuhan", Names.english("Wuhan City"), Names.english("Wuhan"), day, null));
        }

        @Test
        void aRenamingNeedsAPastDate() {
            given(WUHAN).when(new RenameActor(Names.english("Wuhan City"), PartialDate.of(TODAY.plusDays(1)), null)).thenRefused("effectiveOn");
            given(WUHAN).when(new RenameActor(Names.english("Wuhan City"), null, null)).thenRefused("effectiveOn");
        }

        @Test
        void aliasesMatchWithoutCaseOrAccents() {
            given(WUHAN).when(new AddAlias("Hankou", null)).then(new ActorAliasAdded("wuhan", "Hankou", null));
            given(WUHAN).when(new AddAlias("WU HAN", null)).then();
            given(WUHAN).when(new AddAlias(" ", null)).thenRefused("alias");
            given(WUHAN).when(new RemoveAlias("Wu-han", null)).then(new ActorAliasRemoved("wuhan", "Wu-han", null));
            given(WUHAN).when(new RemoveAlias("Hankou", null)).thenFails().isInstanceOf(NotFound.class);
        }

        @Test
        void aNewParentMustBeInTheSameCountry() {
            PartialDate day = PartialDate.parse("2018-09-06");
            ActorRef other = new ActorRef("hubei-2", true, ActorKind.PROVINCE, "CN", false);
            given(WUHAN).when(new ChangeParent(other, day, null))
                    .then(new ActorParentChanged("wuhan", "hubei-2", "hubei", day, null));
            given(WUHAN).when(new ChangeParent(new ActorRef("biobio", true, ActorKind.PROVINCE, "CL", false), day, null))
                    .thenRefused("parentId");
            given(WUHAN).when(new ChangeParent(new ActorRef("wuhan", true, ActorKind.CITY, "CN", false), day, null))
                    .thenRefused("parentId");
        }

        @Test
        void anUnregisteredActorIsNotFound() {
            given().when(new AddAlias("x", null)).thenFails().isInstanceOf(NotFound.class);
        }
    }

    @Nested
    class Networks {

        static final PartialDate SINCE = PartialDate.parse("2004-05-05");

        @Test
        void membershipsStartAndEnd() {
            given(WUHAN).when(new JoinNetwork(UCLG_REF, "member", SINCE, null))
                    .then(new NetworkMembershipStarted("wuhan", "uclg", "member", SINCE, null));
            given(WUHAN, new NetworkMembershipStarted("wuhan", "uclg", null, SINCE, null))
                    .when(new LeaveNetwork("uclg", PartialDate.parse("2020-01-01"), null))
                    .then(new NetworkMembershipEnded("wuhan", "uclg", PartialDate.parse("2020-01-01"), null));
        }

        @Test
        void onlyNetworksAndForumsCanBeJoined() {
            given(WUHAN).when(new JoinNetwork(HUBEI_REF, null, SINCE, null)).thenRefused("networkId");
            given(WUHAN).when(new JoinNetwork(ActorRef.missing("ghost"), null, SINCE, null)).thenRefused("networkId");
            given(WUHAN).when(new JoinNetwork(new ActorRef("old", true, ActorKind.NETWORK, null, true), null, SINCE, null))
                    .thenRefused("networkId");
        }

        @Test
        void datesMustBeInOrder() {
            given(WUHAN, new NetworkMembershipStarted("wuhan", "uclg", null, SINCE, null))
                    .when(new LeaveNetwork("uclg", PartialDate.of(SINCE.firstDay().minusDays(1)), null)).thenRefused("until");
            given(WUHAN).when(new JoinNetwork(UCLG_REF, null, PartialDate.of(TODAY.plusDays(1)), null)).thenRefused("since");
            given(WUHAN, new NetworkMembershipStarted("wuhan", "uclg", null, SINCE, null),
                    new NetworkMembershipEnded("wuhan", "uclg", PartialDate.parse("2010-01-01"), null))
                    .when(new JoinNetwork(UCLG_REF, null, PartialDate.parse("2009-01-01"), null)).thenRefused("since");
        }

        @Test
        void aMemberCannotJoinTwiceNorLeaveWhatItIsNotIn() {
            given(WUHAN, new NetworkMembershipStarted("wuhan", "uclg", null, SINCE, null))
                    .when(new JoinNetwork(UCLG_REF, null, SINCE, null)).thenFails().isInstanceOf(StateConflict.class);
            given(WUHAN).when(new LeaveNetwork("uclg", PartialDate.of(TODAY), null)).thenFails().isInstanceOf(StateConflict.class);
        }

    }

    @Nested
    class Retiring {

        static final PartialDate DAY = PartialDate.parse("2018-09-06");
        static final ActorRef OTHER = new ActorRef("other", true, ActorKind.CITY, "CN", false);

        @Test
        void aMergedActorNamesWhereItWent() {
            given(WUHAN).when(new RetireActor(RetirementReason.MERGED, OTHER, DAY, null))
                    .then(new ActorRetired("wuhan", RetirementReason.MERGED, "other", DAY, null));
            given(WUHAN).when(new RetireActor(RetirementReason.MERGED, null, DAY, null)).thenRefused("mergedInto");
            given(WUHAN).when(new RetireActor(RetirementReason.DISSOLVED, OTHER, DAY, null)).thenRefused("mergedInto");
            given(WUHAN).when(new RetireActor(null, null, null, null)).thenRefused("reason", "effectiveOn");
        }

        @Test
        void aRetiredActorNoLongerChanges() {
            given(WUHAN, new ActorRetired("wuhan", RetirementReason.DISSOLVED, null, DAY, null))
                    .when(new AddAlias("Hankou", null)).thenFails().isInstanceOf(StateConflict.class)
                    .hasMessageContaining("retired");
        }
    }

    /** Every text and list has a bound (ActorLimits): at the bound a command passes, one over it is refused. */
    @Nested
    class Limits {

        static final String PAGE = "https://www.wuhan.gov.cn/";

        static String text(int length) {
            return "x".repeat(length);
        }

        static List<String> aliases(int count) {
            return IntStream.range(0, count).mapToObj(i -> "Alias " + i).toList();
        }

        static RegisterActor withAliases(List<String> aliases) {
            return new RegisterActor("x", ActorKind.CITY, Names.english("Wuhan"), aliases, "CN", "CN-HB", null, null,
                    null, null, null, null);
        }

        static RegisterActor withDetails(String website, ForeignAffairsOffice office) {
            return new RegisterActor("x", ActorKind.CITY, Names.english("Wuhan"), List.of(), "CN", "CN-HB", null, null,
                    null, website, office, null);
        }

        @Test
        void aNameInAnyLanguageHasAtMost200Characters() {
            Names longest = new Names(text(ActorLimits.NAME), text(ActorLimits.NAME), text(ActorLimits.NAME),
                    "武".repeat(ActorLimits.NAME));
            given().when(new RegisterActor("x", ActorKind.CITY, longest, List.of(), "CN", "CN-HB", null, null, null,
                    null, null, null)).then(new ActorRegistered("x", ActorKind.CITY, longest, List.of(), HUBEI, null, null,
                            null, null, null, null));
            given().when(register("x", ActorKind.CITY, " " + text(ActorLimits.NAME) + " ", "CN", "CN-HB", null))
                    .then(new ActorRegistered("x", ActorKind.CITY, Names.english(text(ActorLimits.NAME)), List.of(),
                            HUBEI, null, null, null, null, null, null));
            given().when(new RegisterActor("x", ActorKind.CITY, new Names(text(ActorLimits.NAME + 1), null, null,
                    "武".repeat(ActorLimits.NAME + 1)), List.of(), "CN", "CN-HB", null, null, null, null, null, null))
                    .thenRefused("names.en", "names.zh");
            given(WUHAN).when(new RenameActor(new Names("Wuhan", null, text(ActorLimits.NAME + 1), null),
                    PartialDate.parse("2020-01-01"), null)).thenRefused("names.pt");
            given(WUHAN).when(new CorrectActorDetails(new Names("Wuhan", text(ActorLimits.NAME + 1), null, null), "CN",
                    "CN-HB", null, null, null, null, HUBEI_REF, null)).thenRefused("names.es");
        }

        @Test
        void aRegistrationHasAtMost50AliasesOfAtMost200CharactersEach() {
            given().when(withAliases(aliases(ActorLimits.ALIASES)))
                    .then(new ActorRegistered("x", ActorKind.CITY, Names.english("Wuhan"), aliases(ActorLimits.ALIASES),
                            HUBEI, null, null, null, null, null, null));
            given().when(withAliases(List.of()))
                    .then(new ActorRegistered("x", ActorKind.CITY, Names.english("Wuhan"), List.of(), HUBEI, null,
                            null, null, null, null, null));
            given().when(withAliases(List.of(text(ActorLimits.NAME), text(ActorLimits.NAME + 1))))
                    .thenRefused("aliases[1]");
        }

        @Test
        void fiveThousandAliasesAreRefusedAsOneMistakeNotFiveThousand() {
            given().when(withAliases(aliases(ActorLimits.ALIASES + 1))).thenRefused("aliases");
            given().when(withAliases(aliases(5000))).thenFails()
                    .hasMessage("aliases: must have at most 50 aliases, not 5000");
        }

        @Test
        void anActorKeepsAtMost50AliasesWhenTheyAreAddedOneByOne() {
            ActorEvent[] history = Stream.concat(
                    Stream.of(withAliasesRegistered(List.of())),
                    aliases(ActorLimits.ALIASES - 1).stream().map(alias -> new ActorAliasAdded("x", alias, null)))
                    .toArray(ActorEvent[]::new);
            given(history).when(new AddAlias(text(ActorLimits.NAME), null))
                    .then(new ActorAliasAdded("x", text(ActorLimits.NAME), null));

            ActorEvent[] full = Arrays.copyOf(history, history.length + 1);
            full[history.length] = new ActorAliasAdded("x", "Hankou", null);
            given(full).when(new AddAlias("Wuchang", null)).thenFails()
                    .hasMessageContaining("already has 50 aliases, the most it can have");
            given(full).when(new AddAlias("HANKOU", null)).then();
            given(history).when(new AddAlias(text(ActorLimits.NAME + 1), null)).thenRefused("alias");
        }

        @Test
        void addressesHaveAtMost2000CharactersAndTheOfficeItsOwnBounds() {
            String longest = PAGE + text(ActorLimits.URL - PAGE.length());
            String email = text(ActorLimits.EMAIL - "@wuhan.gov.cn".length()) + "@wuhan.gov.cn";
            ForeignAffairsOffice office = new ForeignAffairsOffice(text(ActorLimits.OFFICE_NAME), longest, email);
            given().when(withDetails(longest, office))
                    .then(new ActorRegistered("x", ActorKind.CITY, Names.english("Wuhan"), List.of(), HUBEI, null,
                            null, null, longest, office, null));
            given().when(withDetails(longest + "x", new ForeignAffairsOffice(text(ActorLimits.OFFICE_NAME + 1),
                    longest + "x", "x" + email)))
                    .thenRefused("website", "foreignAffairsOffice.name", "foreignAffairsOffice.website",
                            "foreignAffairsOffice.email");
            given(WUHAN).when(new CorrectActorDetails(Names.english("Wuhan"), "CN", "CN-HB", null, null,
                    PAGE + text(1_500_000), null, HUBEI_REF, null)).thenFails()
                    .hasMessage("website: must be at most 2000 characters");
        }

        @Test
        void codesAndIdsThatCannotBeCodesOrIdsAreRefusedWithoutRepeatingThem() {
            String huge = text(100_000);
            given().when(register("x", ActorKind.CITY, "Wuhan", huge, huge, null)).thenFails().hasMessage(
                    "country: must be an ISO 3166-1 alpha-2 code such as CN or AR (2 letters); subdivision: must be"
                            + " an ISO 3166-2 code such as CN-HB or PE-ARE (at most 6 characters)");
            given().when(register("x", ActorKind.CITY, "Wuhan", "CN", "CN-HB", ActorRef.missing(huge)))
                    .thenFails().hasMessage("parentId: must be an actor id (at most 64 characters)");
            given(WUHAN).when(new JoinNetwork(ActorRef.missing(text(ActorLimits.ID + 1)), null, Networks.SINCE, null))
                    .thenRefused("networkId");
            given(WUHAN).when(new RetireActor(RetirementReason.MERGED, ActorRef.missing(text(ActorLimits.ID + 1)),
                    Retiring.DAY, null)).thenRefused("mergedInto");
            ActorRef longestId = new ActorRef(text(ActorLimits.ID), true, ActorKind.PROVINCE, "CN", false);
            given(WUHAN).when(new ChangeParent(longestId, Retiring.DAY, null))
                    .then(new ActorParentChanged("wuhan", text(ActorLimits.ID), "hubei", Retiring.DAY, null));
        }

        @Test
        void aRoleInANetworkHasAtMost200Characters() {
            given(WUHAN).when(new JoinNetwork(UCLG_REF, text(ActorLimits.NAME), Networks.SINCE, null))
                    .then(new NetworkMembershipStarted("wuhan", "uclg", text(ActorLimits.NAME), Networks.SINCE, null));
            given(WUHAN).when(new JoinNetwork(UCLG_REF, text(ActorLimits.NAME + 1), Networks.SINCE, null))
                    .thenRefused("role");
        }

        /**
         * The largest registration the bounds allow, with the most sources at their bounds, written in characters
         * JSON must escape (six bytes each), stays far below the 256 KiB the event store accepts for one event.
         */
        @Test
        void theLargestEventAnActorCommandCanCauseIsFarBelowTheEventStoresLimit() {
            String name = "\u0001".repeat(ActorLimits.NAME);
            String url = PAGE + "\u6b66".repeat(ActorLimits.URL - PAGE.length());
            List<String> aliases = IntStream.range(0, ActorLimits.ALIASES)
                    .mapToObj(i -> i + "\u0001".repeat(ActorLimits.NAME - String.valueOf(i).length())).toList();
            ForeignAffairsOffice office = new ForeignAffairsOffice("\u0001".repeat(ActorLimits.OFFICE_NAME), url,
                    "\u0001".repeat(ActorLimits.EMAIL - "@wuhan.gov.cn".length()) + "@wuhan.gov.cn");
            ActorRef parent = new ActorRef(UUID.randomUUID().toString(), true, ActorKind.PROVINCE, "CN", false);

            List<ActorEvent> events = Scenario.DECIDER.decide(new RegisterActor("4f2a1c3e-7d8e-4c5b-9a10-abcdef012345",
                    ActorKind.NATIONAL_BODY, new Names(name, name, name, name), aliases, "CN", "CN-HB", parent,
                    new Coordinates(-89.123456789, -179.123456789), Long.MAX_VALUE, url, office,
                    Collections.nCopies(Sources.PER_RECORD, largestSource())), null);

            assertThat(events).singleElement().isInstanceOfSatisfying(ActorRegistered.class, registered -> {
                assertThat(registered.aliases()).hasSize(ActorLimits.ALIASES);
                assertThat(registered.sources()).hasSize(Sources.PER_RECORD);
            });
            int bytes = EventJson.write(events.getFirst()).getBytes(StandardCharsets.UTF_8).length;
            assertThat(bytes).isGreaterThan(128 * 1024).isLessThan(EventStore.MAX_PAYLOAD_BYTES * 3 / 4);
        }

        /** A source at every bound, its texts in characters JSON escapes and its address in ASCII, as it must be. */
        static Source largestSource() {
            String escaped = "\u0001";
            return new Source(escaped.repeat(Sources.TITLE), PAGE + "p".repeat(Sources.URL - PAGE.length()),
                    escaped.repeat(Sources.PUBLISHER), PartialDate.parse("2019-05-09"), LocalDate.of(2026, 11, 29),
                    "abcdefgh" + "-abcdefgh".repeat(3), escaped.repeat(Sources.EXCERPT));
        }

        static ActorRegistered withAliasesRegistered(List<String> aliases) {
            return new ActorRegistered("x", ActorKind.CITY, Names.english("Wuhan"), aliases, HUBEI, null, null, null,
                    null, null, null);
        }
    }

    @Test
    void foldingIgnoresCaseAccentsAndPunctuation() {
        assertThat(ActorDecider.fold("Xi'an")).isEqualTo(ActorDecider.fold("XIAN"));
        assertThat(ActorDecider.fold("Concepción")).isEqualTo("concepcion");
        assertThat(ActorDecider.fold("Ñuble")).isEqualTo("nuble");
        assertThat(ActorDecider.fold("Suzhou, Jiangsu")).isEqualTo("suzhou jiangsu");
    }
}
