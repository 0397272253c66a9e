package org.treatylab.cli.common;

import org.treatylab.app.Workbench;

/**
 * The application layer's front doors for the command line: one workbench without a store, made on first use (a
 * command pays for the doors it uses only).
 */
public final class Doors {
    private static Workbench workbench;

    private Doors() {
    }

    public static synchronized Workbench get() {
        if (workbench == null) {
            workbench = Workbench.offline();
        }
        return workbench;
    }
}
