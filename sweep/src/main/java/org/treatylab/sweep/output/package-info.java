/**
 * A sweep's output folder and its files: results.csv ({@link org.treatylab.sweep.output.Csv}), summary.json and the
 * offline HTML report. Entry point: {@link org.treatylab.sweep.output.OutputDir}.
 */
package org.treatylab.sweep.output;
