/**
 * Prepared jobs and their models (stability, talks, analytic test functions). Entry point:
 * {@link org.treatylab.sweep.model.Plan#of}, whose evaluators compute any evaluation from its index alone.
 */
package org.treatylab.sweep.model;
