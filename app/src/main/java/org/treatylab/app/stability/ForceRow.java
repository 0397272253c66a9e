package org.treatylab.app.stability;

/** One system of a side as the engine resolved it: its launchers and warheads. */
public record ForceRow(String party, String system, long launchers, long warheads) {
}
