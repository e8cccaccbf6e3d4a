package org.paradiplomacy.importer.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paradiplomacy.importer.Reference;
import org.paradiplomacy.importer.demo.MembershipList.Membership;

class MembershipListTest {

    private static MembershipList.Contents real;

    @BeforeAll
    static void readTheRealList() throws Exception {
        real = MembershipList.read(Path.of("../../shared/data/network_memberships.csv"), Reference.gazetteer(),
                LocalDate.of(2026, 12, 1));
    }

    private static Membership line(long line) {
        return real.memberships().stream().filter(m -> m.row().line() == line).findFirst().orElseThrow();
    }

    @Test
    void aJoiningDateKeepsItsPrecision() {
        assertThat(real.rows()).isEqualTo(57);
        assertThat(real.memberships()).hasSize(54);
        assertThat(line(2)).extracting(m -> m.member(), m -> m.network().name(), Membership::since,
                Membership::joinedAsListed).containsExactly(new Party("Shenzhen", "city", "CN", "CN-GD"), "C40",
                "2014-06-09", null);
        assertThat(line(28).since()).isEqualTo("2014-12");
        assertThat(line(6).since()).isEqualTo("2014");
        assertThat(line(53).network()).isEqualTo(new Party("ICLEI", "network", null, null));
        assertThat(line(30).member()).isEqualTo(new Party("Región Metropolitana de Santiago", "province", "CL", "CL-RM"));
        assertThat(line(47).member()).isEqualTo(new Party("Haiyan", "district", "CN", "CN-ZJ"));
    }

    @Test
    void aMemberByADateIsAMemberFromThatDateAndAnUndatedOneFromTheDayTheListVouchesFor() {
        assertThat(line(3)).extracting(Membership::since, Membership::joinedAsListed)
                .containsExactly("2014-06-09", "before 2014-06-09");
        assertThat(line(55)).extracting(Membership::since, Membership::joinedAsListed).containsExactly("2018",
                "member by 2018 (mayor chaired ICLEI South America Regional Executive Committee)");
        assertThat(line(15)).extracting(m -> m.member().name(), Membership::since, Membership::joinedAsListed)
                .containsExactly("Buenos Aires", "2026-12-01", "member (year not stated)");
    }

    @Test
    void aRequestAndARepeatedMembershipAreRefused() {
        assertThat(real.refused()).extracting(Refused::line, Refused::column).containsExactly(tuple(49L, "actor"),
                tuple(50L, "actor"), tuple(51L, "joined"));
        assertThat(real.refused().get(0).reason())
                .isEqualTo("repeats the membership of line 48 in Metropolis (a later role in it is not a new membership)");
        assertThat(real.refused().get(2).reason())
                .isEqualTo("'membership request noted 2020-11': a membership request is not a membership");
        assertThat(line(48).network().name()).isEqualTo("Metropolis");
        assertThat(real.memberships()).filteredOn(m -> m.network().name().equals("UCLG")).isEmpty();
    }
}
