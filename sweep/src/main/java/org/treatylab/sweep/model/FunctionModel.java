package org.treatylab.sweep.model;

import java.util.ArrayList;
import java.util.List;
import org.treatylab.sweep.job.Factor;
import org.treatylab.sweep.job.JobException;
import org.treatylab.sweep.job.ModelSpec;

/**
 * Analytic test functions whose Sobol indices are known in closed form, to check the sensitivity estimators
 * against an oracle: Ishigami &amp; Homma (1990), y = sin x1 + a sin² x2 + b x3⁴ sin x1, and a linear function
 * y = Σ c_i x_i.
 */
final class FunctionModel implements Model {
    private final ModelSpec.Function spec;
    private final List<Slot> slots = new ArrayList<>();
    /** For each input x_i (0-based), the slot that draws it. */
    private final int[] slotOf;

    FunctionModel(ModelSpec.Function spec, List<Factor> vary) {
        this.spec = spec;
        int k = spec.name().equals("ishigami") ? 3 : spec.constants().size();
        slotOf = new int[k];
        java.util.Arrays.fill(slotOf, -1);
        for (Factor f : vary) {
            int i = Integer.parseInt(f.parameter().substring(1)) - 1;
            if (slotOf[i] >= 0) {
                throw new JobException("vary '" + f.name() + "': " + f.parameter() + " is drawn twice");
            }
            if (f.relative()) {
                throw new JobException("vary '" + f.name() + "': a function input has no base value to multiply");
            }
            slotOf[i] = slots.size();
            slots.add(new Slot(Slot.columnName(f.name()), f.parameter(), f.name(), f.distribution(),
                    "the job's distribution", f.rationale()));
        }
        for (int i = 0; i < k; i++) {
            if (slotOf[i] < 0) {
                throw new JobException("vary: the " + spec.name() + " function needs a distribution for x" + (i + 1));
            }
        }
    }

    @Override
    public List<Slot> slots() {
        return List.copyOf(slots);
    }

    @Override
    public List<String> outputs() {
        return List.of("y");
    }

    @Override
    public Worker worker() {
        return new Worker() {
            private final double[] x = new double[slotOf.length];

            @Override
            public void inputs(double[] values) {
                for (int i = 0; i < x.length; i++) {
                    x[i] = values[slotOf[i]];
                }
            }

            @Override
            public void compute(Object[] point, double[] out, String[] text) {
                out[0] = value(x);
            }
        };
    }

    double value(double[] x) {
        if (spec.name().equals("ishigami")) {
            double a = spec.constants().get(0);
            double b = spec.constants().get(1);
            double s1 = StrictMath.sin(x[0]);
            double s2 = StrictMath.sin(x[1]);
            double x3 = x[2] * x[2];
            return s1 + a * s2 * s2 + b * x3 * x3 * s1;
        }
        double y = 0;
        for (int i = 0; i < x.length; i++) {
            y += spec.constants().get(i) * x[i];
        }
        return y;
    }
}
