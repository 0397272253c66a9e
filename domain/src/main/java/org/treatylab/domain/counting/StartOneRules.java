package org.treatylab.domain.counting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatylab.domain.Category;
import org.treatylab.domain.InputException;
import org.treatylab.domain.Party;
import org.treatylab.domain.forces.Posture;
import org.treatylab.domain.forces.PostureRow;

/**
 * START I counting (Treaty Article III; FAS treaty text and MOU data).
 *
 * <p>Missiles count their agreed attribution per deployed missile. Heavy bombers: one not equipped for long-range
 * nuclear ALCMs counts 1; of the ALCM bombers, the first 150 (US) or 180 (USSR/Russia) count 10 or 8 each, and
 * further ones count the ALCMs they are equipped for. The treaty does not say which bombers take the discount; we
 * apply it in the order the posture lists them. Medium bombers (below the heavy-bomber definition) are not counted.
 */
final class StartOneRules implements CountingRuleSet {
    static final String BOMBERS = "bombers";

    @Override
    public String id() {
        return "start-1";
    }

    @Override
    public String description() {
        return "START I: deployed vehicles, attributed warheads per missile, discounted ALCM bombers";
    }

    @Override
    public List<Quantity> quantities() {
        return List.of(
                new Quantity("sndv", "deployed ICBMs, SLBMs and their launchers, and heavy bombers"),
                new Quantity("accountable-warheads", "attributed warheads on missiles plus bomber warheads"),
                new Quantity("ballistic-missile-warheads", "attributed warheads on deployed ICBMs and SLBMs"),
                new Quantity("mobile-icbm-warheads", "attributed warheads on deployed mobile ICBMs"),
                new Quantity("heavy-icbm-warheads", "attributed warheads on deployed heavy ICBMs"),
                new Quantity("heavy-icbms", "deployed heavy ICBMs"));
    }

    @Override
    public List<RuleOption> options() {
        return List.of(
                new RuleOption(BOMBERS, "how ALCM bombers count: 'discounted' (the treaty), 'equipped' (every bomber "
                        + "counts the ALCMs it is equipped for), 'one-each' (every bomber counts 1)", "discounted",
                        List.of("discounted", "equipped", "one-each")),
                new RuleOption("us_discounted_bombers", "US ALCM bombers that take the discount", "150", List.of()),
                new RuleOption("us_discount_attribution", "warheads counted per discounted US ALCM bomber", "10",
                        List.of()),
                new RuleOption("ru_discounted_bombers", "Russian ALCM bombers that take the discount", "180", List.of()),
                new RuleOption("ru_discount_attribution", "warheads counted per discounted Russian ALCM bomber", "8",
                        List.of()));
    }

    @Override
    public Map<String, Long> count(Posture posture, Map<String, String> options) {
        long sndv = 0;
        long bm = 0;
        long mobile = 0;
        long heavyWarheads = 0;
        long heavy = 0;
        long bomberWarheads = 0;
        String rule = options.get(BOMBERS);
        long discountLeft = discountCount(posture.party(), options);
        long discountAttribution = discountAttribution(posture.party(), options);
        for (PostureRow r : posture.rows()) {
            if (r.category() == Category.MEDIUM_BOMBER) {
                continue;
            }
            sndv = Sums.add(sndv, r.deployed(), r, "deployed");
            if (r.category().isBallisticMissile()) {
                long per = r.attributionPerMissile().orElseThrow(() -> new InputException(r.origin()
                        + ": START I counting needs 'attribution' or 'warheads' for " + r.system()));
                long w = Sums.times(per, r.deployed(), r, "attributed warheads");
                bm = Sums.add(bm, w, r, "attributed warheads");
                if (r.category() == Category.MOBILE_ICBM) {
                    mobile = Sums.add(mobile, w, r, "attributed warheads");
                }
                if (r.category() == Category.HEAVY_ICBM) {
                    heavyWarheads = Sums.add(heavyWarheads, w, r, "attributed warheads");
                    heavy = Sums.add(heavy, r.deployed(), r, "deployed");
                }
            } else {
                long equipped = r.alcmEquipped() == null ? 0 : r.alcmEquipped();
                long counted;
                if (equipped == 0 || rule.equals("one-each")) {
                    counted = r.deployed();
                } else if (rule.equals("equipped")) {
                    counted = Sums.times(equipped, r.deployed(), r, "bomber warheads");
                } else {
                    long discounted = Math.min(discountLeft, r.deployed());
                    discountLeft -= discounted;
                    counted = Sums.add(Sums.times(discounted, discountAttribution, r, "bomber warheads"),
                            Sums.times(r.deployed() - discounted, equipped, r, "bomber warheads"), r,
                            "bomber warheads");
                }
                bomberWarheads = Sums.add(bomberWarheads, counted, r, "bomber warheads");
            }
        }
        Map<String, Long> out = new LinkedHashMap<>();
        out.put("sndv", sndv);
        long accountable;
        try {
            accountable = Math.addExact(bm, bomberWarheads);
        } catch (ArithmeticException e) {
            throw new InputException("posture of " + posture.party() + ": accountable warheads are larger than "
                    + Long.MAX_VALUE + "; counts this large are not arms");
        }
        out.put("accountable-warheads", accountable);
        out.put("ballistic-missile-warheads", bm);
        out.put("mobile-icbm-warheads", mobile);
        out.put("heavy-icbm-warheads", heavyWarheads);
        out.put("heavy-icbms", heavy);
        return out;
    }

    private static long discountCount(Party p, Map<String, String> options) {
        return Long.parseLong(options.get(prefix(p) + "_discounted_bombers"));
    }

    private static long discountAttribution(Party p, Map<String, String> options) {
        return Long.parseLong(options.get(prefix(p) + "_discount_attribution"));
    }

    private static String prefix(Party p) {
        if (p.equals(Party.US) || p.equals(Party.RU)) {
            return p.lowerCode();
        }
        throw new InputException("START I counting defines the ALCM bomber discount only for US and RU, not " + p);
    }
}
