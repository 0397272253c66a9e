package org.treatylab.cli.common;

import java.io.PrintWriter;
import org.treatylab.report.Json;

/** Writing a command's records: JSON (the contract's mapping, indented) or text. */
public final class Output {
    private Output() {
    }

    /** The record as indented JSON, one trailing line break. */
    public static void json(PrintWriter out, Object record) {
        out.println(Json.write(record));
    }
}
