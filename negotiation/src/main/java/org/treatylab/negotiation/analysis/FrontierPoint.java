package org.treatylab.negotiation.analysis;

/** A candidate or frontier point during computation: utilities per party and the outcome's rank. */
record FrontierPoint(double[] u, long rank) {
}
