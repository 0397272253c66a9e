package org.treatylab.stability.force;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import org.treatylab.domain.Status;
import org.treatylab.domain.forces.Catalogue;
import org.treatylab.domain.forces.Posture;
import org.treatylab.domain.forces.PostureReader;
import org.treatylab.domain.forces.Postures;
import org.treatylab.domain.forces.SystemParameter;
import org.treatylab.stability.TestForces;

class ForceResolverTest {

    private static Force resolve(String csv) {
        List<Posture> ps = PostureReader.parse("p.csv", csv, null);
        return ForceResolver.resolve(ps.get(0));
    }

    @Test
    void resolutionOrder_rowThenCatalogueThenCategoryDefault() {
        Force f = resolve("""
                party,system,category,deployed,warheads_total,cep_m,as_of
                US,Minuteman III,ICBM,400,400,90,2024-01-01
                US,Made-up Missile,SLBM,32,128,,2024-01-01
                """);
        SystemProfile mm = f.system(0).profile();
        assertThat(mm.catalogueId()).isEqualTo("us-2024-minuteman-iii");
        Resolved cep = mm.parameter(SystemParameter.CEP_M);
        assertThat(cep.value()).isEqualTo(90);
        assertThat(cep.origin().kind()).isEqualTo(Origin.Kind.POSTURE_ROW);
        assertThat(cep.origin().where()).isEqualTo("p.csv line 2");
        Resolved yield = mm.parameter(SystemParameter.YIELD_KT);
        // The catalogue keeps the published 300-335 and states the value engines use: 300 (an assumption).
        assertThat(yield.value()).isEqualTo(300);
        assertThat(yield.origin().kind()).isEqualTo(Origin.Kind.CATALOGUE);
        assertThat(yield.origin().status()).isEqualTo(Status.ASSUMPTION);
        assertThat(yield.origin().describe()).isEqualTo("catalogue us-2024-minuteman-iii (assumption)");

        SystemProfile other = f.system(1).profile();
        assertThat(other.catalogueId()).isNull();
        Resolved share = other.parameter(SystemParameter.SURVIVABLE_SHARE);
        assertThat(share.origin().kind()).isEqualTo(Origin.Kind.CATEGORY_DEFAULT);
        assertThat(share.origin().status()).isEqualTo(Status.ASSUMPTION);
        assertThat(share.origin().note()).isNotBlank();
        assertThat(other.parameter(SystemParameter.YIELD_KT).isPresent()).isFalse();
        assertThat(other.parameter(SystemParameter.YIELD_KT).origin().kind()).isEqualTo(Origin.Kind.MISSING);
        assertThat(other.counterforceCapable()).isFalse();
        assertThat(other.arrivingEmt()).isZero();
    }

    @Test
    void warheads_bombersFromCatalogueLoadingOrEquippedAlcms_missilesFromTheRow() {
        Force us = TestForces.shipped("us-russia-2009", Party.US);
        // Minuteman III: the row's warheads_total, 500 after the W62's retirement + 77 = 577
        assertThat(us.system(us.indexOf("LGM-30G Minuteman III")).warheads()).isEqualTo(577);
        assertThat(us.system(0).profile().warheadsOrigin().kind()).isEqualTo(Origin.Kind.POSTURE_ROW);
        // B-52H: 75 deployed, the row assigns 5 weapons each (the calibration stated in the file): 375
        ForceSystem b52 = us.system(us.indexOf("B-52H"));
        assertThat(b52.warheads()).isEqualTo(375);
        assertThat(b52.profile().warheadsOrigin().where()).endsWith("(weapons_per_bomber)");
        // B-2A: 11 deployed with 5 weapons each
        ForceSystem b2 = us.system(us.indexOf("B-2A"));
        assertThat(b2.warheads()).isEqualTo(55);
        assertThat(b2.profile().warheadsOrigin().where()).endsWith("(weapons_per_bomber)");
        // Retired B-52Gs: 39 deployed under New START, no weapons
        ForceSystem b52g = us.system(us.indexOf("B-52G"));
        assertThat(List.of(b52g.launchers(), b52g.warheads())).containsExactly(39L, 0L);
        Force f = resolve("""
                party,system,category,deployed,alcm_equipped,weapons_per_bomber
                RU,Bomber X,HEAVY_BOMBER,10,12,
                RU,Bomber Y,HEAVY_BOMBER,10,12,6
                """);
        assertThat(f.system(0).warheads()).isEqualTo(120);
        assertThat(f.system(0).profile().warheadsOrigin().where()).contains("alcm_equipped");
        assertThat(f.system(1).warheads()).isEqualTo(60);
    }

    @Test
    void shippedPostures_everyStabilityParameterOfArmedSystemsFromCatalogue() {
        // Systems without weapons (empty silos, retired or conventional bombers, unlisted non-deployed launchers)
        // are neither weapons nor targets of the exchange, and may fall back on category defaults.
        for (String name : List.of("us-russia-2009", "us-russia-2011", "us-russia-2024")) {
            for (Posture p : Postures.resolve(name, null)) {
                Force f = ForceResolver.resolve(p, Catalogue.shipped());
                for (ForceSystem s : f.systems()) {
                    if (s.warheads() == 0) {
                        continue;
                    }
                    for (SystemParameter param : List.of(SystemParameter.RELIABILITY, SystemParameter.HARDNESS_PSI,
                            SystemParameter.SURVIVABLE_SHARE, SystemParameter.LAUNCHERS_PER_AIMPOINT)) {
                        assertThat(s.profile().parameter(param).origin().kind()).as(name + " " + s.profile() + " "
                                + param).isEqualTo(Origin.Kind.CATALOGUE);
                    }
                }
            }
        }
    }

    @Test
    void missingWarheads_inputErrorNamingTheRow() {
        assertThatThrownBy(() -> resolve("""
                party,system,category,deployed
                US,Unknown Missile,ICBM,10
                """)).isInstanceOf(InputException.class).hasMessage("p.csv line 2: the stability engine needs the "
                + "warheads of 'Unknown Missile'; give 'warheads', 'warheads_total' or 'warheads_per_launcher' (the "
                + "catalogue has no loading for it)");
    }

    @Test
    void override_scenarioValueOnTop_newProfile() {
        Force us = TestForces.shipped("us-russia-2009", Party.US);
        Force changed = us.override("ugm-133a trident ii d5", SystemParameter.SURVIVABLE_SHARE, 0.9);
        int trident = us.indexOf("UGM-133A Trident II D5");
        assertThat(changed.system(trident).profile().survivableShare()).isEqualTo(0.9);
        assertThat(changed.system(trident).profile().parameter(SystemParameter.SURVIVABLE_SHARE).origin().kind())
                .isEqualTo(Origin.Kind.SCENARIO);
        assertThat(changed.sharesProfilesWith(us)).isFalse();
        assertThatThrownBy(() -> us.override("Nope", SystemParameter.CEP_M, 1))
                .hasMessageStartingWith("no system 'Nope' in the force of US");
        assertThatThrownBy(() -> us.override("B-2A", SystemParameter.SURVIVABLE_SHARE, 1.5))
                .hasMessage("B-2A: survivable_share must be >= 0 and <= 1, got 1.5");
    }
}
