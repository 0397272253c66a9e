package org.treatylab.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatylab.domain.SourcedValue;
import org.treatylab.domain.compliance.LimitResult;
import org.treatylab.domain.compliance.PartyResult;
import org.treatylab.domain.forces.DeliverySystemType;
import org.treatylab.domain.treaty.Limit;
import org.treatylab.domain.treaty.LimitStep;
import org.treatylab.domain.treaty.Treaty;

/** The JSON shapes of domain results (the documented contract): ordered maps with snake_case keys. */
public final class Views {
    private Views() {
    }

    public static Map<String, Object> limit(LimitResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("counted", r.counted());
        m.put("limit", r.limit());
        m.put("margin", r.margin());
        m.put("required_cut", r.requiredCut());
        m.put("verdict", r.verdict() == null ? null : r.verdict().name());
        m.put("binding_from", iso(r.bindingFrom()));
        return m;
    }

    public static Map<String, Object> partyLimits(PartyResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("party", r.party().code());
        m.put("limits", r.limits().stream().map(Views::limit).toList());
        return m;
    }

    public static Map<String, Object> count(Treaty t, LocalDate date, List<PartyResult> results) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("treaty", t.id());
        m.put("date", iso(date));
        m.put("parties", results.stream().map(Views::partyLimits).toList());
        return m;
    }

    public static Map<String, Object> compliance(Treaty t, List<PartyResult> results) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("treaty", t.id());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PartyResult r : results) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("date", iso(r.date()));
            row.put("party", r.party().code());
            row.put("status", r.status());
            row.put("confirmed", r.confirmed());
            row.put("limits", r.limits().stream().map(Views::limit).toList());
            rows.add(row);
        }
        m.put("results", rows);
        return m;
    }

    public static Map<String, Object> treaty(Treaty t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("name", t.name());
        m.put("parties", t.parties().stream().map(p -> p.code()).toList());
        m.put("signed", iso(t.signed()));
        m.put("entry_into_force", iso(t.entryIntoForce()));
        m.put("expiry", iso(t.expiry()));
        m.put("termination", iso(t.termination()));
        m.put("counting", t.counting());
        m.put("options", t.options());
        List<Map<String, Object>> limits = new ArrayList<>();
        for (Limit l : t.limits()) {
            Map<String, Object> lm = new LinkedHashMap<>();
            lm.put("id", l.id());
            lm.put("counts", l.counts());
            lm.put("description", l.description());
            lm.put("binding_from", iso(l.bindingFrom()));
            lm.put("ceiling", l.finalCeiling());
            List<Map<String, Object>> steps = new ArrayList<>();
            for (LimitStep s : l.steps()) {
                Map<String, Object> sm = new LinkedHashMap<>();
                sm.put("from", iso(s.from()));
                sm.put("ceiling", s.ceiling());
                sm.put("status", s.status().label());
                sm.put("note", s.note());
                steps.add(sm);
            }
            lm.put("steps", steps);
            lm.put("sources", l.sources());
            limits.add(lm);
        }
        m.put("limits", limits);
        m.put("sources", t.sources());
        m.put("notes", t.notes());
        return m;
    }

    public static Map<String, Object> system(DeliverySystemType s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("party", s.party().code());
        m.put("era", s.era());
        m.put("name", s.name());
        m.put("aliases", s.aliases());
        m.put("category", s.category().name());
        m.put("basing", s.basing());
        m.put("source", s.source());
        Map<String, Object> params = new LinkedHashMap<>();
        s.parameters().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            SourcedValue v = e.getValue();
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("value", v.value());
            pm.put("low", v.low());
            pm.put("high", v.high());
            pm.put("status", v.status().label());
            pm.put("source", v.source());
            pm.put("note", v.note());
            params.put(e.getKey().column(), pm);
        });
        m.put("parameters", params);
        return m;
    }

    public static Map<String, Object> posture(org.treatylab.domain.forces.Posture p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("party", p.party().code());
        m.put("as_of", iso(p.asOf()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (org.treatylab.domain.forces.PostureRow r : p.rows()) {
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("system", r.system());
            rm.put("category", r.category().name());
            rm.put("deployed", r.deployed());
            rm.put("non_deployed", r.nonDeployed());
            rm.put("test", r.test());
            rm.put("converted", r.converted());
            rm.put("warheads_total", r.reentryVehicles().orElse(null));
            rm.put("attribution", r.attributionPerMissile().orElse(null));
            rm.put("alcm_equipped", r.alcmEquipped());
            rm.put("weapons_per_bomber", r.weaponsPerBomber());
            Map<String, Object> overrides = new LinkedHashMap<>();
            r.overrides().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> overrides.put(e.getKey().column(), e.getValue()));
            rm.put("overrides", overrides);
            rm.put("note", r.note());
            rows.add(rm);
        }
        m.put("rows", rows);
        return m;
    }

    public static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
