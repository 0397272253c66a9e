package org.treatylab.app.foundation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatylab.domain.SourcedValue;
import org.treatylab.domain.compliance.LimitResult;
import org.treatylab.domain.compliance.PartyResult;
import org.treatylab.domain.forces.DeliverySystemType;
import org.treatylab.domain.forces.Posture;
import org.treatylab.domain.forces.PostureRow;
import org.treatylab.domain.treaty.Limit;
import org.treatylab.domain.treaty.LimitStep;
import org.treatylab.domain.treaty.Treaties;
import org.treatylab.domain.treaty.Treaty;

/** Domain results as the foundation's records: a one-to-one copy, nothing computed. */
public final class FoundationViews {
    private FoundationViews() {
    }

    public static LimitRow limit(LimitResult r) {
        return new LimitRow(r.id(), r.counted(), r.limit(), r.margin(), r.requiredCut(),
                r.verdict() == null ? null : r.verdict().name(), r.bindingFrom());
    }

    public static PartyLimits partyLimits(PartyResult r) {
        return new PartyLimits(r.party().code(), r.limits().stream().map(FoundationViews::limit).toList());
    }

    public static ComplianceResult compliance(Treaty t, List<PartyResult> results) {
        return new ComplianceResult(t.id(), results.stream().map(r -> new ComplianceRow(r.date(), r.party().code(),
                r.status(), r.confirmed(), r.limits().stream().map(FoundationViews::limit).toList())).toList());
    }

    public static TreatyView treaty(Treaty t, boolean draft) {
        List<TreatyView.TreatyLimit> limits = new ArrayList<>();
        for (Limit l : t.limits()) {
            Limit copied = draft ? copiedFrom(l) : null;
            boolean edited = copied != null && !copied.steps().equals(l.steps());
            List<TreatyView.CeilingStep> steps = new ArrayList<>();
            for (LimitStep s : l.steps()) {
                steps.add(new TreatyView.CeilingStep(s.from(), s.ceiling(), edited ? "draft" : s.status().label(),
                        s.note()));
            }
            java.util.Map<String, List<TreatyView.CeilingStep>> byParty = new java.util.LinkedHashMap<>();
            l.byParty().forEach((p, ps) -> byParty.put(p.code(), ps.stream().map(s -> new TreatyView.CeilingStep(
                    s.from(), s.ceiling(), s.status().label(), s.note())).toList()));
            limits.add(new TreatyView.TreatyLimit(l.id(), l.counts(), l.description(), l.bindingFrom(),
                    l.finalCeiling(), steps, edited ? editedSources(copied) : l.sources(), byParty));
        }
        return new TreatyView(t.id(), t.name(), t.parties().stream().map(p -> p.code()).toList(), t.signed(),
                t.entryIntoForce(), t.expiry(), t.termination(), t.endDate(), t.counting(), new java.util.TreeMap<>(t.options()),
                limits, t.sources(),
                t.notes(), draft);
    }

    /** The shipped limit a draft's limit was copied from: same id and the same cited sources, or null. */
    private static Limit copiedFrom(Limit l) {
        for (Treaty shipped : Treaties.shipped()) {
            for (Limit s : shipped.limits()) {
                if (s.id().equals(l.id()) && s.sources().equals(l.sources())) {
                    return s;
                }
            }
        }
        return null;
    }

    /**
     * A draft's edited ceilings no longer carry the copied treaty's source: they are the draft's own, and the source
     * is named as what the ceilings were before.
     */
    private static List<String> editedSources(Limit copied) {
        List<String> was = new ArrayList<>();
        copied.steps().forEach(s -> was.add(s.ceiling() + " from " + s.from()));
        return List.of("draft: ceilings edited by its author (the copied text gave " + String.join(", ", was) + ", from "
                + String.join("; ", copied.sources()) + ")");
    }

    public static SystemView system(DeliverySystemType s) {
        Map<String, SystemView.ParameterValue> params = new LinkedHashMap<>();
        s.parameters().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            SourcedValue v = e.getValue();
            params.put(e.getKey().column(), new SystemView.ParameterValue(v.value(), v.low(), v.high(),
                    v.status().label(), v.source(), v.note()));
        });
        return new SystemView(s.id(), s.party().code(), s.era(), s.name(), s.aliases(), s.category().name(),
                s.basing(), s.source(), params);
    }

    public static PostureView posture(Posture p) {
        List<PostureView.PostureRowView> rows = new ArrayList<>();
        long deployed = 0;
        long launchers = 0;
        for (PostureRow r : p.rows()) {
            Map<String, Double> overrides = new LinkedHashMap<>();
            r.overrides().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> overrides.put(e.getKey().column(), e.getValue()));
            rows.add(new PostureView.PostureRowView(r.system(), r.category().name(), r.deployed(), r.nonDeployed(), r.test(),
                    r.converted(), r.reentryVehicles().orElse(null), r.attributionPerMissile().orElse(null),
                    r.alcmEquipped(), r.weaponsPerBomber(), overrides, r.note()));
            deployed += r.deployed();
            launchers += r.launchers();
        }
        return new PostureView(p.party().code(), p.asOf(), rows,
                new PostureView.PostureTotals(deployed, launchers, p.deployedMissileWarheads()));
    }
}
