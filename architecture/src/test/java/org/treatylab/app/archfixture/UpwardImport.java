package org.treatylab.app.archfixture;

import org.treatylab.report.Json;

/** A test-only fixture of an application-layer class that depends on an edge module (report): a wrong-way arrow. */
public final class UpwardImport {
    private UpwardImport() {
    }

    static String up(Object o) {
        return Json.compact(o);
    }
}
