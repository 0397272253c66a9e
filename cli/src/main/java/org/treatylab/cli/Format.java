package org.treatylab.cli;

/** Output formats of report commands. */
public enum Format {
    TABLE, CSV, JSON
}
