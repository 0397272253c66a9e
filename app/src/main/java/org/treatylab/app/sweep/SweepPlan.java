package org.treatylab.app.sweep;

import java.nio.file.Path;
import java.time.LocalDateTime;
import org.treatylab.sweep.Sweeps;
import org.treatylab.sweep.model.Plan;

/** A prepared job: what it will evaluate; run it with {@link SweepDoor#run}. */
public final class SweepPlan {
    private final Plan plan;

    SweepPlan(Plan plan) {
        this.plan = plan;
    }

    Plan plan() {
        return plan;
    }

    public String name() {
        return plan.job().name();
    }

    public String kind() {
        return plan.job().kind().id();
    }

    public long seed() {
        return plan.job().seed();
    }

    /** Evaluations = rows × grid points. */
    public long evaluations() {
        return plan.evaluations();
    }

    public long rows() {
        return plan.rows();
    }

    public long gridSize() {
        return plan.gridSize();
    }

    /** The default output folder, {@code sweep-<job>-<yyyyMMdd-HHmmss>} in the working folder. */
    public Path defaultOut(LocalDateTime now) {
        return Sweeps.defaultOut(plan.job(), now);
    }
}
