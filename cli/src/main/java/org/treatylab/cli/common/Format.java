package org.treatylab.cli.common;

/** Output formats of report commands. */
public enum Format {
    TABLE, CSV, JSON
}
