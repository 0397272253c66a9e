package org.treatylab.stability.effects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Vectors worked by hand (the arithmetic is written beside each): LR[nmi] = 2.62 · Y[Mt]^(1/3) / H[psi]^(1/3),
 * 1 nmi = 1852 m; SSPK = 1 − 0.5^((LR/CEP)²); TKP = R · SSPK; n warheads: 1 − (1 − TKP)^n.
 */
class WeaponEffectsTest {

    @Test
    void lethalRadius_cubeRootsThatComeOutEven_matchHandWork() {
        // 1 Mt on 1000 psi: 2.62 * 1 / 10 = 0.262 nmi = 0.262 * 1852 = 485.224 m
        assertThat(WeaponEffects.lethalRadiusM(1000, 1000)).isCloseTo(485.224, within(1e-9));
        // 8 Mt on 8 psi: 2.62 * 2 / 2 = 2.62 nmi = 4852.24 m
        assertThat(WeaponEffects.lethalRadiusM(8000, 8)).isCloseTo(4852.24, within(1e-9));
        // 125 kt = 0.125 Mt (cube root 0.5) on 1000 psi: 2.62 * 0.5 / 10 = 0.131 nmi = 242.612 m
        assertThat(WeaponEffects.lethalRadiusM(125, 1000)).isCloseTo(242.612, within(1e-9));
        // 1 kt = 0.001 Mt (cube root 0.1) on 1 psi: 2.62 * 0.1 = 0.262 nmi = 485.224 m
        assertThat(WeaponEffects.lethalRadiusM(1, 1)).isCloseTo(485.224, within(1e-9));
    }

    @Test
    void lethalRadius_minutemanLikeWarheadOnSilo_matchesHandWork() {
        // 300 kt on 2000 psi: 0.3^(1/3) = 0.669433, 2000^(1/3) = 12.599210;
        // 2.62 * 0.669433 / 12.599210 = 0.139208 nmi; * 1852 = 257.814 m
        assertThat(WeaponEffects.lethalRadiusM(300, 2000)).isCloseTo(257.814, within(1e-3));
        // with CEP 120 m: (257.814 / 120)^2 = 2.148448^2 = 4.615827; 0.5^4.615827 = 0.040785; SSPK = 0.959215
        double sspk = WeaponEffects.sspk(WeaponEffects.lethalRadiusM(300, 2000), 120);
        assertThat(sspk).isCloseTo(0.959215, within(1e-6));
        // reliability 0.8: TKP = 0.8 * 0.959215 = 0.767372; two warheads: 1 - 0.232628^2 = 1 - 0.054116 = 0.945884
        assertThat(WeaponEffects.tkp(300, 120, 0.8, 2000)).isCloseTo(0.767372, within(1e-6));
        assertThat(WeaponEffects.killProbability(WeaponEffects.tkp(300, 120, 0.8, 2000), 2))
                .isCloseTo(0.945884, within(1e-6));
    }

    @Test
    void sspk_lethalRadiusInCepUnits_matchesHandWork() {
        assertThat(WeaponEffects.sspk(100, 100)).isCloseTo(0.5, within(1e-15));            // 1 - 0.5^1
        assertThat(WeaponEffects.sspk(200, 100)).isCloseTo(0.9375, within(1e-15));         // 1 - 0.5^4 = 1 - 1/16
        assertThat(WeaponEffects.sspk(50, 100)).isCloseTo(1 - 0.8408964152537145, within(1e-15)); // 1 - 0.5^(1/4)
        assertThat(WeaponEffects.sspk(300, 100)).isCloseTo(1 - 1.0 / 512, within(1e-15));  // 1 - 0.5^9
        assertThat(WeaponEffects.sspk(0, 100)).isZero();
    }

    @Test
    void tkpAndSalvo_independentWarheads_matchHandWork() {
        assertThat(WeaponEffects.tkp(0.8, 0.5)).isCloseTo(0.4, within(1e-15));
        assertThat(WeaponEffects.killProbability(0.4, 1)).isCloseTo(0.4, within(1e-15));
        assertThat(WeaponEffects.killProbability(0.4, 2)).isCloseTo(0.64, within(1e-15));  // 1 - 0.6^2
        assertThat(WeaponEffects.killProbability(0.4, 3)).isCloseTo(0.784, within(1e-15)); // 1 - 0.6^3
        assertThat(WeaponEffects.killProbability(0.4, 0)).isZero();
    }

    @Test
    void equivalentMegatons_twoThirdsPower_matchesHandWork() {
        assertThat(WeaponEffects.equivalentMegatons(1000)).isCloseTo(1, within(1e-12));
        assertThat(WeaponEffects.equivalentMegatons(125)).isCloseTo(0.25, within(1e-12));  // 0.5^2
        assertThat(WeaponEffects.equivalentMegatons(8000)).isCloseTo(4, within(1e-12));    // 2^2
    }

    @Test
    void badInputs_areRejectedNamingTheField() {
        assertThatThrownBy(() -> WeaponEffects.lethalRadiusM(-1, 100)).hasMessage("yield_kt must be > 0, got -1.0");
        assertThatThrownBy(() -> WeaponEffects.lethalRadiusM(100, 0)).hasMessage("hardness_psi must be > 0, got 0.0");
        assertThatThrownBy(() -> WeaponEffects.sspk(100, 0)).hasMessage("cep must be > 0, got 0.0");
        assertThatThrownBy(() -> WeaponEffects.tkp(1.2, 0.5)).hasMessage("reliability must be within [0, 1], got 1.2");
        assertThatThrownBy(() -> WeaponEffects.killProbability(0.5, -1)).hasMessage("warheads must be >= 0, got -1");
    }
}
