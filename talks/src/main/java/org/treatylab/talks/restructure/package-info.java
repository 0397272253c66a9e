/**
 * Restructuring: how a party arranges its own forces under a set of treaty ceilings (which launchers to keep
 * deployed, keep as non-deployed or eliminate, how far to download or upload its missiles within their capacity),
 * chosen to maximise its own criteria rather than cut proportionally (Joint Understanding item 4: each party
 * determines the composition and structure of its forces).
 *
 * <p>Entry point: {@link org.treatylab.talks.restructure.Restructurer#best}. Used by the talks for every set of
 * ceilings, and meant for any view that asks what each party's forces become under a treaty.
 */
package org.treatylab.talks.restructure;
