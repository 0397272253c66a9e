/**
 * The centre of TreatyLab: parties, the vocabulary shared by every engine, and the input error family.
 *
 * <p>Entry points: {@link org.treatylab.domain.Party#parse(String)} for party names, the sub-packages
 * {@code forces} (catalogue and postures), {@code treaty} (treaties and limits), {@code counting} (rule sets) and
 * {@code compliance} (verdicts).
 */
package org.treatylab.domain;
