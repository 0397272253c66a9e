package org.treatylab.sweep.summary;

/**
 * The first-order and total Sobol indices of one input for one output, with the half-widths of their approximate
 * 95% confidence intervals (normal approximation from the spread of the estimator's terms; the variance's own
 * uncertainty is not included).
 */
public record SobolIndex(String input, double first, double firstHalfWidth, double total, double totalHalfWidth) {
}
