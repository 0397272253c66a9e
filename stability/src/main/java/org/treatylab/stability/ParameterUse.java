package org.treatylab.stability;

import java.util.ArrayList;
import java.util.List;
import org.treatylab.domain.Party;
import org.treatylab.stability.force.Force;
import org.treatylab.stability.force.ForceSystem;
import org.treatylab.stability.force.Origin;
import org.treatylab.stability.force.Resolved;
import org.treatylab.stability.force.SystemProfile;

/**
 * One parameter value the engine used for one system, with where it came from: the rows listed under a report.
 *
 * @param parameter the column name ({@code yield_kt}, …, or {@code warheads})
 * @param value the value used, NaN when missing
 */
public record ParameterUse(Party party, String system, String parameter, double value, Origin origin) {

    /** Every parameter of every system of the forces, in force and report order. */
    public static List<ParameterUse> of(Force... forces) {
        List<ParameterUse> out = new ArrayList<>();
        for (Force f : forces) {
            for (ForceSystem s : f.systems()) {
                SystemProfile p = s.profile();
                out.add(new ParameterUse(f.party(), p.name(), "warheads", s.warheads(), p.warheadsOrigin()));
                for (var param : SystemProfile.USED) {
                    Resolved r = p.parameter(param);
                    out.add(new ParameterUse(f.party(), p.name(), param.column(), r.value(), r.origin()));
                }
            }
        }
        return out;
    }
}
